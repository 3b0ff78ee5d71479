import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
  ])("%j → %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("leaves numbers alone, including negative ones", () => {
    expect(csvCell(-3.5)).toBe("-3.5");
  });

  it("writes a BOM, a header and CRLF rows", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });
});
