import { describe, expect, it } from "vitest";
import { parseAnalystNumber, parseDocumentNumber, squeezeWhitespace } from "./numbers";

describe("parseDocumentNumber", () => {
  it.each([
    ["13953", 13953],
    ["31.3%", 31.3],
    ["24,000", 24000],
    ["2.4萬", 24000],
    ["2.4万家", 24000],
    ["9000億", 9e11],
    ["1.5亿", 1.5e8],
    ["-0.5", -0.5],
  ])("%s → %d", (written, value) => {
    expect(parseDocumentNumber(written)).toBe(value);
  });

  it.each(["", "约", "abc", "百分之三"])("%s is not a number", (written) => {
    expect(parseDocumentNumber(written)).toBeNull();
  });
});

describe("squeezeWhitespace", () => {
  it("removes line breaks and ideographic spaces", () => {
    expect(squeezeWhitespace("23\n%　的 溢价")).toBe("23%的溢价");
  });
});

describe("parseAnalystNumber", () => {
  it.each([
    ["13953", 13953],
    ["13,953", 13953],
    ["1,234,567.5", 1234567.5],
    ["13 953", 13953],
    ["１３９５３", 13953],
    ["１３，９５３", 13953],
    ["1.4万", 14000],
    ["2.5亿", 2.5e8],
    ["  4.3 ", 4.3],
    ["-0.3", -0.3],
    [".5", 0.5],
    ["－２", -2],
  ])("%s → %d", (typed, value) => {
    expect(parseAnalystNumber(typed)).toEqual({ ok: true, value });
  });

  it.each(["", "万", "1,23", "13953元", "1e5", "NaN", "1.2.3", "12,34,567", "abc", "+", "0x10"])("%s is refused", (typed) => {
    expect(parseAnalystNumber(typed)).toEqual({ ok: false });
  });
});
