import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";
import { decodeImportBytes } from "./decode";

describe("parseCsv", () => {
  it("reads quoted cells with commas, quotes and line breaks, and numbers records by their first line", () => {
    const result = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n');
    expect(result).toEqual({
      ok: true,
      delimiter: ",",
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["x, y", 'say "hi"'] },
        { line: 3, cells: ["two\nlines", "z"] },
      ],
    });
  });

  it("chooses tab when the header has more tabs than commas, and skips blank lines", () => {
    const result = parseCsv("a\tb\n\n1,5\t2\n");
    expect(result.ok && result.delimiter).toBe("\t");
    expect(result.ok && result.records).toEqual([{ line: 1, cells: ["a", "b"] }, { line: 3, cells: ["1,5", "2"] }]);
  });

  it("reports an unclosed quote with the line it opened on", () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, line: 2, problem: "unclosed-quote" });
  });
});

describe("decodeImportBytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("reads UTF-8 with or without a BOM, and says which", () => {
    expect(decodeImportBytes(utf8("\uFEFFa,b"))).toEqual({ ok: true, text: "a,b", encoding: "utf-8-bom" });
    expect(decodeImportBytes(utf8("江西,1"))).toEqual({ ok: true, text: "江西,1", encoding: "utf-8" });
  });

  it("reads GBK/GB18030 bytes that are not UTF-8", () => {
    expect(decodeImportBytes(Uint8Array.from([0xbd, 0xad, 0xce, 0xf7, 0x2c, 0x31]))).toEqual({ ok: true, text: "江西,1", encoding: "gb18030" });
  });

  it("refuses bytes that are neither, UTF-16 and empty files with a reason", () => {
    expect(decodeImportBytes(Uint8Array.from([0xbd, 0xad, 0xff, 0x2c, 0x31]))).toEqual({ ok: false, problem: "unknown-encoding" });
    expect(decodeImportBytes(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toEqual({ ok: false, problem: "utf16" });
    expect(decodeImportBytes(utf8("  \n"))).toEqual({ ok: false, problem: "empty" });
  });
});
