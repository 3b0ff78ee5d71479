import { describe, expect, it } from "vitest";
import { compareRegions, type ComparableFigure } from "./region-comparison";

const gdp = { code: "gdp", nameZh: "人均GDP", unit: "usd-per-capita" };
const rnd = { code: "rnd", nameZh: "研发强度", unit: "percent" };
const fig = (indicator: ComparableFigure["indicator"], region: string, year: number, value: number): ComparableFigure => ({
  indicator, region: { slug: region }, year, value, qualifier: null,
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
