// One zone metric across the compared cases, in each page's language.
import { describe, expect, it } from "vitest";
import { compareZoneMetrics } from "@/lib/domain/zone-matrix";
import { zoneMetricBars, zoneMetricFigures, zoneUnitLabel, type ZoneMetricFigure } from "./zone-metrics";

const metric = (value: number, qualifier: string | null = null): ZoneMetricFigure => ({
  code: "firms", labelZh: "企业数量", labelEn: "Firms", unit: "firms", value, qualifier, year: 2025, periodStart: null, yearBasis: "publication",
  source: { slug: "doc-004", titleZh: "文献", shortTitleZh: "文献甲", titleEn: "Document", shortTitleEn: "Document A", locator: "第2段", observationId: 7 },
});

const [group] = compareZoneMetrics([
  { slug: "zj", metrics: [metric(24000)] },
  { slug: "zgc", metrics: [] },
  { slug: "sz", metrics: [metric(30, "+")] },
]);
const row = group!.rows[0]!;

describe("zone metric bars", () => {
  it("labels the bars, the missing case and the unit in Chinese on Chinese pages", () => {
    const names = new Map([["zj", "张江科学城"], ["zgc", "中关村"], ["sz", "苏州工业园区"]]);
    expect(zoneMetricBars(row, names, "zh-CN").map((b) => b.valueLabel)).toEqual(["24,000家", "文献未报告", "30余家"]);
    expect(zoneMetricFigures(row, names, "zh-CN").map((f) => f.source.title)).toEqual(["文献甲", "文献甲"]);
    expect(zoneUnitLabel("firms", "zh-CN")).toBe("家");
  });

  it("labels them in English on English pages, sources by their English names", () => {
    const names = new Map([["zj", "Zhangjiang Science City"], ["zgc", "Zhongguancun"], ["sz", "Suzhou Industrial Park"]]);
    const bars = zoneMetricBars(row, names, "en");
    expect(bars.map((b) => b.label)).toEqual(["Zhangjiang Science City", "Zhongguancun", "Suzhou Industrial Park"]);
    for (const bar of bars) expect(bar.valueLabel).not.toMatch(/\p{Script=Han}/u);
    expect(bars[0]!.valueLabel).toBe("24,000 firms");
    const figures = zoneMetricFigures(row, names, "en");
    expect(figures.map((f) => [f.region, f.source.title])).toEqual([["Zhangjiang Science City", "Document A"], ["Suzhou Industrial Park", "Document A"]]);
    expect(zoneUnitLabel("firms", "en")).toBe("firms");
  });
});
