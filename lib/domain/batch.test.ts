import { describe, expect, it } from "vitest";
import { gcr2014 } from "./stage-scheme";
import { classifyBatch, parseBatchText } from "./batch";

describe("parseBatchText", () => {
  it("reads comma, tab and full-width comma lines, a header, comments and thousands separators", () => {
    const { lines, errors } = parseBatchText(
      "\uFEFFregion,gdp\n中国, 13953\n# comment\n深圳\t28,000\n江西，9500 美元\nHong Kong, China, 50000\n\n",
    );
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      { line: 2, region: "中国", gdpPerCapitaUsd: 13953 },
      { line: 4, region: "深圳", gdpPerCapitaUsd: 28000 },
      { line: 5, region: "江西", gdpPerCapitaUsd: 9500 },
      { line: 6, region: "Hong Kong, China", gdpPerCapitaUsd: 50000 },
    ]);
  });

  it("reports every bad line with its number and reason", () => {
    const { lines, errors } = parseBatchText("甲, 5000\n乙 没有数字\n丙, 0\n丁, 2000000\n戊, abc");
    expect(lines).toHaveLength(1);
    expect(errors).toEqual([
      { line: 2, text: "乙 没有数字", reason: "format" },
      { line: 3, text: "丙, 0", reason: "range" },
      { line: 4, text: "丁, 2000000", reason: "range" },
      { line: 5, text: "戊, abc", reason: "format" },
    ]);
  });
});

describe("classifyBatch", () => {
  it("gives each region its stage and gap", () => {
    const rows = classifyBatch(gcr2014, [
      { line: 1, region: "中国", gdpPerCapitaUsd: 13953 },
      { line: 2, region: "甲", gdpPerCapitaUsd: 1500 },
      { line: 3, region: "乙", gdpPerCapitaUsd: 30000 },
    ]);
    expect(rows.map((r) => [r.stageKey, r.nextThresholdUsd, r.gapUsd])).toEqual([
      ["transition-2-3", 17000, 3047],
      ["factor-driven", 2000, 500],
      ["innovation-driven", null, null],
    ]);
  });
});
