import { describe, expect, it } from "vitest";
import { compareZoneMetrics } from "@/lib/domain/zone-matrix";
import { buildHorizontalBarOption } from "./bar";
import { renderChartSvg } from "./render-svg";
import { zoneMetricBars, zoneMetricFigures, type ZoneMetricFigure } from "./zone-metrics";

const metric = (code: string, unit: ZoneMetricFigure["unit"], value: number, qualifier: string | null = null): ZoneMetricFigure => ({
  code, labelZh: code, unit, value, qualifier, year: 2025, periodStart: null, yearBasis: "publication",
  source: { slug: "doc-004", titleZh: "文献", locator: "第2段", observationId: 7 },
});

describe("horizontal bars", () => {
  it("draws one quantity on a linear axis that is shown and named with its unit, never a log axis", () => {
    const option = buildHorizontalBarOption([{ label: "甲", value: 24000, valueLabel: "24,000家" }, { label: "乙", value: 109, valueLabel: "109家" }], 660, "zh-CN", { unitLabel: "家" });
    expect(option.xAxis).toMatchObject({ type: "value", name: "家" });
    expect(option.xAxis).not.toHaveProperty("show", false);
    expect(JSON.stringify(option)).not.toContain('"log"');
  });

  it("keeps the cases in the order given (the matrix's columns) and marks one that does not report", () => {
    const zones = [
      { slug: "zj", metrics: [metric("firms", "firms", 24000)] },
      { slug: "zgc", metrics: [] },
      { slug: "sz", metrics: [metric("firms", "firms", 30, "+")] },
    ];
    const [group] = compareZoneMetrics(zones);
    const names = new Map([["zj", "张江科学城"], ["zgc", "中关村"], ["sz", "苏州工业园区"]]);
    const bars = zoneMetricBars(group!.rows[0]!, names, "zh-CN");
    const option = buildHorizontalBarOption(bars, 660, "zh-CN", { order: "given", unitLabel: "家" });
    expect(option.yAxis).toMatchObject({ inverse: true, data: ["张江科学城", "中关村", "苏州工业园区"] });
    expect(option.series[0]!.data.map((d) => d.label.formatter)).toEqual(["24,000家", "文献未报告", "30余家"]);
    // A bound is an open bar, and the legend says what that means.
    expect(option.series[0]!.data[2]).toMatchObject({ itemStyle: { color: "#ffffff", borderType: "dashed" } });
    expect(option.legend?.data).toEqual(["实际值更高（原文“超过”“余”）"]);
    expect(zoneMetricFigures(group!.rows[0]!, names, "zh-CN").map((f) => [f.region, f.label, f.at, f.publicationYear])).toEqual([
      ["张江科学城", "24,000家", { series: 0, index: 0 }, true],
      ["苏州工业园区", "30余家", { series: 0, index: 2 }, true],
    ]);
    const svg = renderChartSvg(option, { width: 660, height: 200 });
    expect(svg).toContain("30余家");
  });

  it("names the open bars in English on an English page", () => {
    const option = buildHorizontalBarOption([{ label: "Zhangjiang", value: 30, valueLabel: "over 30 firms", qualifier: "+" }], 660, "en", { unitLabel: "firms" });
    expect(option.legend?.data).toHaveLength(1);
    expect(option.legend!.data![0]).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
