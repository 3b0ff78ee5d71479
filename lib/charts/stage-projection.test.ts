import { describe, expect, it } from "vitest";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { buildProjectionOption, projectionAxisRange, projectionFigures, projectionYears, type ReportedPoint } from "./stage-projection";

const bands = gcr2014.bands.map(summarizeBand);
const reported: ReportedPoint[] = [
  { year: 2018, gdpPerCapitaUsd: 9000, label: "超过9,000", qualifier: ">", source: { title: "文献甲", href: "/sources/a" }, locator: "第一节" },
  { year: 2025, gdpPerCapitaUsd: 13953, label: "13,953", qualifier: null, source: { title: "文献甲", href: "/sources/a" }, locator: "第二节" },
];
const projected = [2025, 2026, 2027].map((year, i) => ({ year, gdpPerCapitaUsd: 13953 * 1.043 ** i }));

describe("the stage projection chart", () => {
  it("puts its value axis on round ticks that hold the figures and the next threshold", () => {
    const { min, max, interval } = projectionAxisRange(bands, [9000, 13953, 17222]);
    expect([1, 2, 5].map((m) => m * 10 ** Math.floor(Math.log10(interval)))).toContain(interval);
    expect(min % interval).toBe(0);
    expect(max % interval).toBe(0);
    expect(min).toBeLessThanOrEqual(9000);
    expect(max).toBeGreaterThanOrEqual(17222);
    expect((max - min) / interval).toBeLessThanOrEqual(7); // six steps, and one more where the ends round outwards
  });

  it("draws a bound as an open mark, and an exact figure as a plain one", () => {
    const option = buildProjectionOption({ bands, reported, projected, crossingYear: null, width: 1100, names: { reported: "报告", projected: "推算", axis: "美元" }, locale: "zh-CN" });
    const data = option.series[0]!.data as ({ symbol?: string } | null)[];
    expect(data[0]).toMatchObject({ symbol: "emptyTriangle" });
    expect(data[7]).not.toHaveProperty("symbol");
  });

  it("names the stage bands and the crossing in the page's language", () => {
    const crossingYear = 2027;
    const option = (locale: "zh-CN" | "en") => buildProjectionOption({ bands, reported, projected, crossingYear, width: 1100, names: { reported: "r", projected: "p", axis: "USD" }, locale });
    const bandNames = (o: ReturnType<typeof option>) => (o.series[0]!.markArea!.data as { name?: string }[][]).map((pair) => pair[0]!.name);
    expect(bandNames(option("zh-CN"))).toEqual(expect.arrayContaining([bands.find((b) => b.order === 3)!.nameZh]));
    expect(bandNames(option("en"))).toEqual(expect.arrayContaining([bands.find((b) => b.order === 3)!.nameEn]));
    const crossing = (o: ReturnType<typeof option>) => JSON.stringify(o.series[1]!.data);
    expect(crossing(option("zh-CN"))).toContain("2027年");
    expect(crossing(option("en"))).toContain("2027: ");
    expect(crossing(option("en"))).not.toContain("年");
  });

  it("places each figure at its year's mark for the tooltip, with its source", () => {
    const years = projectionYears(reported, projected);
    const figures = projectionFigures(reported, projected, {
      region: "中国", names: { reported: "报告", projected: "推算" }, unit: "美元/人",
      projectedLabel: (usd) => String(Math.round(usd)), projectedSource: "看板推算", projectedLocator: "按4.3%",
    });
    expect(years[0]).toBe("2018");
    expect(figures[0]).toMatchObject({ year: 2018, qualifier: ">", label: "超过9,000", at: { series: 0, index: 0 }, source: { title: "文献甲" } });
    expect(figures.at(-1)).toMatchObject({ year: 2027, at: { series: 1, index: years.indexOf("2027") }, source: { title: "看板推算", href: null } });
  });
});
