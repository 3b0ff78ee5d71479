import { describe, expect, it } from "vitest";
import { renderChartSvg } from "./render-svg";
import { buildStageRankingOption, rankingAxisMax, rankingFigures, type RankedBar } from "./stage-ranking";

const bars: RankedBar[] = [
  { label: "甲", usd: 16_000, stageOrder: 4, qualifier: null },
  { label: "乙", usd: 8000, stageOrder: 3, qualifier: null },
  { label: "丙", usd: 2500, stageOrder: 2, qualifier: ">" },
];

describe("stage ranking chart", () => {
  it("reaches past the highest bar and the next threshold when it is near", () => {
    expect(rankingAxisMax(bars, [2000, 3000, 9000, 17_000], null)).toBe(20_000);
    expect(rankingAxisMax(bars, [2000, 3000, 9000, 17_000], 30_000)).toBe(35_000);
    expect(rankingAxisMax([], [2000], null)).toBe(5000);
  });

  it("draws the highest on top, each bar in its stage colour, with thresholds and the national line", () => {
    const national = { label: "全国", usd: 9000, stageOrder: 4, qualifier: null };
    const option = buildStageRankingOption({ bars, thresholds: [2000, 3000, 9000, 17_000], national, width: 1000, axisName: "美元", locale: "zh-CN" });
    expect(option.yAxis.data).toEqual(["丙", "乙", "全国", "甲"]);
    const lines = option.series[0]!.markLine.data;
    expect(lines.map((l) => l.xAxis)).toEqual([2000, 3000, 9000, 17_000, 9000]);
    // 2,000 and 3,000 lie too close on a 20,000 axis for both labels: the lower one keeps only its line. The
    // national line is named ("全国") where it ends, and the 9,000 threshold under it gives its label up.
    expect(lines.map((l) => l.label.show)).toEqual([false, true, false, true, true]);
    expect(lines.at(-1)!.label).toMatchObject({ formatter: "全国", color: "#c2410c" });
    // A bound is labelled with its qualifier in words and drawn as an open bar.
    expect(option.series[0]!.data[0]!.label.formatter).toBe("超过2,500");
    expect(option.series[0]!.data[0]!.itemStyle).toMatchObject({ color: "#ffffff", borderType: "dashed" });
    const svg = renderChartSvg(option, { width: 1000, height: 200 });
    for (const text of ["甲", "16,000", "全国", "超过2,500", "17,000"]) expect(svg).toContain(text);
  });

  it("gives each figure the bar it is drawn as, counting as ECharts does (bottom-up)", () => {
    const source = { title: "统计表", href: null };
    const figure = (region: string, value: number, qualifier: string | null = null) => ({
      region, year: 2025, periodStart: null, yearBasis: "observed", value, qualifier, unit: "usd-per-capita" as const, source, locator: "",
    });
    const withFigures = bars.map((b) => ({ ...b, figure: figure(b.label, b.usd, b.qualifier) }));
    const national = { label: "全国", usd: 9000, stageOrder: 4, qualifier: null, figure: figure("全国", 9000) };
    const figures = rankingFigures(withFigures, national, "zh-CN");
    expect(figures.map((f) => [f.region, f.label, f.at])).toEqual([
      ["全国", "9,000美元/人", { series: 0, index: 2 }],
      ["甲", "16,000美元/人", { series: 0, index: 3 }],
      ["乙", "8,000美元/人", { series: 0, index: 1 }],
      ["丙", "超过2,500美元/人", { series: 0, index: 0 }],
    ]);
    const option = buildStageRankingOption({ bars: withFigures, thresholds: [], national, width: 1000, axisName: "美元", locale: "zh-CN" });
    for (const f of figures) expect(option.yAxis.data[f.at!.index]).toBe(f.region);
  });
});
