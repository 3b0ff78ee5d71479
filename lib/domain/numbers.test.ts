import { describe, expect, it } from "vitest";
import { parseDocumentNumber, squeezeWhitespace } from "./numbers";

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
