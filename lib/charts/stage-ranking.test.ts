import { describe, expect, it } from "vitest";
import { renderChartSvg } from "./render-svg";
import { buildStageRankingOption, rankingAxisMax, type RankedBar } from "./stage-ranking";

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
    const option = buildStageRankingOption({ bars, thresholds: [2000, 3000, 9000, 17_000], national, width: 1000, axisName: "美元" });
    expect(option.yAxis.data).toEqual(["丙", "乙", "全国", "甲"]);
    const lines = option.series[0]!.markLine.data;
    expect(lines.map((l) => l.xAxis)).toEqual([2000, 3000, 9000, 17_000, 9000]);
    // 2,000 and 3,000 lie too close on a 20,000 axis for both labels: the lower one keeps only its line.
    expect(lines.map((l) => l.label.show)).toEqual([false, true, true, true, false]);
    expect(option.series[0]!.data[0]!.label.formatter).toBe(">2,500");
    const svg = renderChartSvg(option, { width: 1000, height: 200 });
    for (const text of ["甲", "16,000", "全国", "9,000", "17,000"]) expect(svg).toContain(text);
  });
});
