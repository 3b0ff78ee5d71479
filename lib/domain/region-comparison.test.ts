import { describe, expect, it } from "vitest";
import { buildComparisonSeries, compareRegions, type ComparableFigure } from "./region-comparison";

const gdp = { code: "gdp", nameZh: "人均GDP", unit: "usd-per-capita" };
const rnd = { code: "rnd", nameZh: "研发强度", unit: "percent" };
const fig = (indicator: ComparableFigure["indicator"], region: string, year: number, value: number, qualifier: string | null = null): ComparableFigure => ({
  indicator, region: { slug: region }, year, value, qualifier,
});

describe("compareRegions", () => {
  const figures = [fig(rnd, "a", 2024, 1.6), fig(gdp, "a", 2018, 9000), fig(gdp, "a", 2025, 13953), fig(gdp, "b", 2025, 10200)];

  it("keeps each region's latest figure per indicator", () => {
    const [gdpRow] = compareRegions(["a", "b"], figures);
    expect(gdpRow!.indicator.code).toBe("gdp");
    expect(gdpRow!.cells.map((c) => c.figure?.value)).toEqual([13953, 10200]);
  });

  it("puts indicators shared by two or more regions first and marks the gaps", () => {
    const rows = compareRegions(["a", "b"], figures);
    expect(rows.map((r) => [r.indicator.code, r.reportedBy])).toEqual([["gdp", 2], ["rnd", 1]]);
    expect(rows[1]!.cells[1]).toEqual({ region: "b", figure: null });
  });

  it("follows the order of the selection", () => {
    const [row] = compareRegions(["b", "a"], figures);
    expect(row!.cells.map((c) => c.region)).toEqual(["b", "a"]);
  });
});

describe("buildComparisonSeries", () => {
  const values = (points: (ComparableFigure | null)[] | null) => points?.map((p) => p?.value ?? null) ?? null;

  it("draws two provinces as soon as they share an indicator, with the national figure as reference", () => {
    const figures = [
      fig(gdp, "jiangxi", 2021, 65), fig(gdp, "jiangxi", 2023, 77), fig(gdp, "hubei", 2022, 92), fig(gdp, "hubei", 2023, 95),
      fig(gdp, "cn", 2020, 72), fig(gdp, "cn", 2021, 81), fig(gdp, "cn", 2023, 89), fig(gdp, "cn", 2024, 95),
    ];
    const [series] = buildComparisonSeries(["jiangxi", "hubei"], figures);
    expect(series!.years).toEqual([2021, 2022, 2023]);
    expect(series!.lines.map((l) => [l.region, values(l.points)])).toEqual([["jiangxi", [65, null, 77]], ["hubei", [null, 92, 95]]]);
    // Only the regions' years: the national line does not stretch the axis, and its gaps stay gaps.
    expect(values(series!.reference)).toEqual([81, null, 89]);
  });

  it("leaves out indicators fewer than two selected regions report, and regions without the indicator", () => {
    const figures = [fig(gdp, "a", 2023, 1), fig(gdp, "b", 2023, 2), fig(rnd, "a", 2023, 1.5), fig(rnd, "c", 2023, 1.2)];
    const series = buildComparisonSeries(["a", "b"], figures);
    expect(series.map((s) => s.indicator.code)).toEqual(["gdp"]);
    const three = buildComparisonSeries(["a", "b", "c"], figures);
    expect(three.find((s) => s.indicator.code === "rnd")!.lines.map((l) => l.region)).toEqual(["a", "c"]);
  });

  it("draws the nation as the reference when it is selected, and has no reference without national figures", () => {
    const figures = [fig(rnd, "cn", 2023, 2.65), fig(rnd, "jiangxi", 2023, 1.88)];
    const [withNation] = buildComparisonSeries(["cn", "jiangxi"], figures);
    expect(withNation!.lines.map((l) => l.region)).toEqual(["jiangxi"]);
    expect(values(withNation!.reference)).toEqual([2.65]);
    const [without] = buildComparisonSeries(["a", "b"], [fig(rnd, "a", 2023, 1), fig(rnd, "b", 2023, 2)]);
    expect(without!.reference).toBeNull();
  });

  it("keeps one figure per region and year, preferring the exact one", () => {
    const figures = [fig(gdp, "a", 2023, 9000, ">"), fig(gdp, "a", 2023, 9100), fig(gdp, "b", 2023, 1)];
    expect(values(buildComparisonSeries(["a", "b"], figures)[0]!.lines[0]!.points)).toEqual([9100]);
  });

  it("keeps every year between figures decades apart, so the gap is never drawn as joined", () => {
    const figures = [fig(gdp, "a", 1960, 1), fig(gdp, "a", 2020, 3), fig(gdp, "b", 2020, 2)];
    const [series] = buildComparisonSeries(["a", "b"], figures);
    expect(series!.years).toHaveLength(61);
    expect(values(series!.lines[0]!.points)!.filter((v) => v !== null)).toEqual([1, 3]);
    expect(values(series!.lines[0]!.points)![1]).toBeNull();
  });
});
