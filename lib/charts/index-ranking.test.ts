import { describe, expect, it } from "vitest";
import { buildIndexRankingOption, groupColours, indexRankingHeight, rankAxisMax, type IndexRankingRow } from "./index-ranking";
import { renderChartSvg } from "./render-svg";

const labels = { score: "得分", rank: "排名", nominal: "排名", median: "中位排名", interval: "5%—95%区间" };
const rows: IndexRankingRow[] = [
  { label: "广东", score: 84.0873, rank: 1, group: "leader", medianRank: 1, interval: [1, 1] },
  { label: "江苏", score: 79.04, rank: 2, group: "strong", medianRank: 2, interval: [2, 4] },
  { label: "西藏", score: 0, rank: 3, group: null, medianRank: null, interval: null },
];

describe("buildIndexRankingOption", () => {
  const option = buildIndexRankingOption(rows, 1100, labels);
  type Bar = { value: number; itemStyle: { color: string }; label: { formatter: string } };
  type Loose = { data: (Bar | number | number[])[] };
  const series = option.series as unknown as Loose[];

  it("puts the first rank on top (ECharts counts categories bottom-up)", () => {
    expect(option.yAxis[0]!.data).toEqual(["西藏", "江苏", "广东"]);
  });

  it("draws the score to one decimal in its group's colour", () => {
    const bars = series[0]!.data as Bar[];
    expect(bars.at(-1)).toEqual({ value: 84.1, itemStyle: { color: groupColours.leader }, label: { formatter: "84.1" } });
    expect(bars[0]).toMatchObject({ value: 0, label: { formatter: "0.0" } });
    expect(bars[1]!.itemStyle.color).toBe(groupColours.strong);
    expect(bars[0]!.itemStyle.color).not.toBe(groupColours.emerging);
  });

  it("draws the interval as a whisker from the 5th to the 95th percentile rank, and the median and nominal ranks as marks", () => {
    const [, base, length, median, nominal] = series as [Loose, Loose, Loose, Loose, Loose];
    // 江苏: interval 2–4 → base 2, length 2.
    expect(base.data[1]).toBe(2);
    expect(length.data[1]).toBe(2);
    // No interval: nothing drawn.
    expect(length.data[0]).toBe(0);
    expect(median.data).toEqual([[2, 1], [1, 2]]);
    expect(nominal.data).toEqual([[3, 0], [2, 1], [1, 2]]);
  });

  it("ends the rank axis at a multiple of five past the last rank", () => {
    expect(rankAxisMax(31)).toBe(35);
    expect(rankAxisMax(30)).toBe(30);
    expect(rankAxisMax(2)).toBe(5);
    expect(indexRankingHeight(31)).toBeGreaterThan(31 * 20);
  });

  it("makes room for longer English names, within a cap", () => {
    const english = rows.map((r, i) => ({ ...r, label: ["Guangdong", "Jiangsu", "Inner Mongolia"][i]! }));
    const left = (o: ReturnType<typeof buildIndexRankingOption>) => (o.grid as { left: number }[])[0]!.left;
    expect(left(buildIndexRankingOption(english, 1100, labels))).toBeGreaterThan(left(option));
    expect(left(buildIndexRankingOption(english, 1100, labels))).toBeLessThanOrEqual(130);
  });

  it("renders to SVG at desktop and phone widths with every region named", () => {
    for (const width of [1100, 340]) {
      const svg = renderChartSvg(buildIndexRankingOption(rows, width, labels), { width, height: indexRankingHeight(rows.length) });
      for (const name of ["广东", "江苏", "西藏", "84.1", "79.0", "中位排名"]) expect(svg).toContain(name);
    }
  });
});
