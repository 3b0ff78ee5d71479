import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gcr2014 } from "./stage-scheme";
import { classifyBatch, parseBatchText } from "./batch";

const readOne = (line: string) => parseBatchText(line);

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

  it.each([
    // A thousands separator is part of the number, never a cell boundary.
    ["中国,13,953", "中国", 13953],
    ["中国, 13,953", "中国", 13953],
    ["中国，13，953", "中国", 13953],
    ["深圳,1,234.5", "深圳", 1234.5],
    ['中国,"13,953"', "中国", 13953],
    ['"Hong Kong, China","50,000"', "Hong Kong, China", 50000],
    // Excel: two columns pasted arrive tab-separated, with or without the separator.
    ["中国\t13,953", "中国", 13953],
    ["中国\t13953", "中国", 13953],
    // Spaces, full-width digits, 万, currency words.
    ["中国 13953", "中国", 13953],
    ["中国 13 953", "中国", 13953],
    ["中国\u300013953", "中国", 13953],
    ["中国，１３９５３", "中国", 13953],
    ["中国，１３，９５３", "中国", 13953],
    ["江西, 1.4万", "江西", 14000],
    ["江西 1.4 万", "江西", 14000],
    ["江西, 9500美元", "江西", 9500],
    ["江西, $9,500", "江西", 9500],
    ["江西; 9500 USD", "江西", 9500],
    ["G20, 12000", "G20", 12000],
    ["Zone 1, 5000", "Zone 1", 5000],
  ])("reads %j as %s with %d", (text, region, gdpPerCapitaUsd) => {
    expect(readOne(text)).toEqual({ lines: [{ line: 1, region, gdpPerCapitaUsd }], errors: [] });
  });

  it.each([
    ["13,953", 13953],
    ["13953", 13953],
    ["１３，９５３", 13953],
    ["1.4万", 14000],
  ])("reads a line that is only a number (one column pasted from Excel), %j, with no region", (text, gdpPerCapitaUsd) => {
    expect(readOne(text)).toEqual({ lines: [{ line: 1, region: "", gdpPerCapitaUsd }], errors: [] });
  });

  it("reads a pasted Excel column line by line", () => {
    const { lines, errors } = parseBatchText("13,953\n9800\n28,000\n");
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.region, l.gdpPerCapitaUsd])).toEqual([["", 13953], ["", 9800], ["", 28000]]);
  });

  it("reports every bad line with its number and reason", () => {
    const { lines, errors } = parseBatchText(
      "甲, 5000\n乙 没有数字\n丙, 0\n丁, 2000000\n戊, abc\n己, 13953元\n庚, 1,23\n北京,2023,28294\n北京 2023 28294\n辛, -5",
    );
    expect(lines).toHaveLength(1);
    expect(errors).toEqual([
      { line: 2, text: "乙 没有数字", reason: "format" },
      { line: 3, text: "丙, 0", reason: "range" },
      { line: 4, text: "丁, 2000000", reason: "range" },
      { line: 5, text: "戊, abc", reason: "format" },
      { line: 6, text: "己, 13953元", reason: "number" },
      { line: 7, text: "庚, 1,23", reason: "columns" },
      { line: 8, text: "北京,2023,28294", reason: "columns" },
      { line: 9, text: "北京 2023 28294", reason: "columns" },
      { line: 10, text: "辛, -5", reason: "range" },
    ]);
  });

  it("never glues two numbers separated by a space into one", () => {
    expect(readOne("2025 13953").errors).toEqual([{ line: 1, text: "2025 13953", reason: "columns" }]);
  });

  it("shortens the text of a very long bad line", () => {
    const { errors } = parseBatchText(`甲, 1\n${"区".repeat(500)}, x`);
    expect(errors[0]!.text.length).toBeLessThanOrEqual(81);
  });

  // A bound far above the real time (well under a second) and far below a quadratic search's (minutes).
  it("answers a long line of separators and digits quickly", () => {
    const started = performance.now();
    parseBatchText(Array.from({ length: 2000 }, () => "1,".repeat(100)).join("\n"));
    parseBatchText(`x${" ".repeat(150_000)}a${",".repeat(40_000)} 5`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("reads back any figure written with thousands separators after any region name without digits", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5 ]{0,12}$/),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(",", ", ", "，", "\t", " "),
        (region, gdp, separator) => {
          const text = `${region}${separator}${gdp.toLocaleString("en-US")}`;
          expect(parseBatchText(text)).toEqual({ lines: [{ line: 1, region: region.trim(), gdpPerCapitaUsd: gdp }], errors: [] });
        },
      ),
    );
  });
});

describe("classifyBatch", () => {
  it("gives each region its stage and gap", () => {
    const rows = classifyBatch(gcr2014, [
      { line: 1, region: "中国", gdpPerCapitaUsd: 13953 },
      { line: 2, region: "甲", gdpPerCapitaUsd: 1500 },
      { line: 3, region: "乙", gdpPerCapitaUsd: 30000 },
    ]);
    expect(rows.map((r) => [r.stageKey, r.nextThresholdUsd, r.gapUsd, r.reachesNextStageIn])).toEqual([
      ["transition-2-3", 17000, 3047, null],
      ["factor-driven", 2000, 500, null],
      ["innovation-driven", null, null, null],
    ]);
  });

  it("with a real growth rate and a base year, gives the first year each region is in the next stage", () => {
    const rows = classifyBatch(
      gcr2014,
      [
        { line: 1, region: "中国", gdpPerCapitaUsd: 13953 },
        { line: 2, region: "甲", gdpPerCapitaUsd: 1990 },
        { line: 3, region: "乙", gdpPerCapitaUsd: 30000 },
        { line: 4, region: "丙", gdpPerCapitaUsd: 100 },
      ],
      { growthPct: 4.3, baseYear: 2025 },
    );
    // 13953 × 1.043^4 ≈ 16,510 and × 1.043^5 ≈ 17,220 > 17,000; 1990 × 1.043 > 2000.
    // 100 × 1.043^71 ≈ 1,983 and × 1.043^72 ≈ 2,068.
    expect(rows.map((r) => r.reachesNextStageIn)).toEqual([2030, 2026, null, 2097]);
  });

  it("finds no crossing when the figure does not grow", () => {
    const rows = classifyBatch(gcr2014, [{ line: 1, region: "甲", gdpPerCapitaUsd: 5000 }], { growthPct: 0, baseYear: 2025 });
    expect(rows[0]!.reachesNextStageIn).toBeNull();
  });
});
