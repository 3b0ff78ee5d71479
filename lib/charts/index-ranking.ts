// Option builder: the composite index's ranking, one row per region (first on top). Left, the score as a
// bar in its EIS group's colour; right, the rank as a dot with its 5–95 % Monte Carlo interval as a
// whisker and the median rank as a tick, so a reader sees at once which ranks are firm and which are not.
import type { EChartsOption } from "echarts";
import type { PerformanceGroup } from "@/lib/index/groups";
import { textWidth } from "./chart-layout";
import { axisLine, chartText, grid, ink, muted } from "./theme";

export type IndexRankingRow = {
  label: string;
  score: number;
  rank: number;
  group: PerformanceGroup | null;
  medianRank: number | null;
  interval: [number, number] | null;
};

export type IndexRankingLabels = { score: string; rank: string; nominal: string; median: string; interval: string };

/** One fill per EIS group, dark for leaders to light for emerging (text on them is drawn beside, in ink). */
export const groupColours: Record<PerformanceGroup, string> = {
  leader: "#1d4ed8",
  strong: "#60a5fa",
  moderate: "#f59e0b",
  emerging: "#fcd34d",
};
const noGroupColour = "#cbd5e1";
const whiskerColour = "#475569";
const medianColour = "#c2410c";

export const indexRankingRowHeight = 22;

export function indexRankingHeight(rows: number): number {
  return rows * indexRankingRowHeight + 96;
}

/** The rank axis: 1 on the left, past the last rank to a multiple of 5 (never a tick at 0). */
export function rankAxisMax(rows: number): number {
  return Math.max(5, Math.ceil(rows / 5) * 5);
}

export function buildIndexRankingOption(rows: readonly IndexRankingRow[], width: number, labels: IndexRankingLabels) {
  const isPhone = width < 500;
  const fontSize = isPhone ? 11 : 12;
  // Room for the longest region name (Chinese names take the minimum; "Inner Mongolia" more), within a cap.
  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize)));
  const labelWidth = Math.min(isPhone ? 96 : 130, Math.max(isPhone ? 44 : 64, Math.ceil(longest) + 10));
  const gap = isPhone ? 34 : 56;
  const plot = width - labelWidth - gap - 12;
  const scoreWidth = Math.round(plot * 0.52);
  // ECharts lists categories bottom-up: reversed so the first rank is on top.
  const ordered = [...rows].reverse();
  const categories = ordered.map((r) => r.label);
  const grids = [
    { left: labelWidth, top: 40, bottom: 40, width: scoreWidth },
    { left: labelWidth + scoreWidth + gap, top: 40, bottom: 40, right: 12 },
  ];
  const max = rankAxisMax(rows.length);
  const category = (gridIndex: number, show: boolean) => ({
    type: "category" as const,
    gridIndex,
    data: categories,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: axisLine } },
    axisLabel: { show, color: ink, fontSize, width: labelWidth - 6, overflow: "truncate" as const },
  });
  return {
    textStyle: chartText,
    legend: {
      top: 0,
      // Over the rank plot on a desktop; across the whole width on a phone, where that plot is too narrow for it.
      left: isPhone ? 4 : labelWidth + scoreWidth + gap,
      itemWidth: 14,
      itemGap: isPhone ? 6 : 12,
      textStyle: { color: ink, fontSize },
      data: [labels.nominal, labels.median, labels.interval],
    },
    grid: grids,
    xAxis: [
      {
        type: "value" as const,
        gridIndex: 0,
        min: 0,
        max: 100,
        interval: isPhone ? 50 : 25,
        name: labels.score,
        nameLocation: "middle" as const,
        nameGap: 24,
        nameTextStyle: { color: muted, fontSize },
        axisLabel: { color: muted, fontSize },
        splitLine: { lineStyle: { color: grid } },
      },
      {
        type: "value" as const,
        gridIndex: 1,
        min: 0,
        max,
        // Every 5th rank on a desktop; every 10th on a phone, the axis's end left unlabelled.
        interval: isPhone ? 10 : 5,
        name: labels.rank,
        nameLocation: "middle" as const,
        nameGap: 24,
        nameTextStyle: { color: muted, fontSize },
        // Ranks start at 1: the axis starts at 0 so the ticks are 5, 10 …, and the 0 is not labelled.
        axisLabel: { color: muted, fontSize, showMinLabel: false, showMaxLabel: !isPhone || max % 10 === 0 },
        splitLine: { lineStyle: { color: grid } },
      },
    ],
    yAxis: [category(0, true), category(1, false)],
    series: [
      {
        type: "bar" as const,
        name: labels.score,
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 14,
        data: ordered.map((r) => ({
          value: Number(r.score.toFixed(1)),
          itemStyle: { color: r.group ? groupColours[r.group] : noGroupColour },
          // Written with its one decimal (79.0, not 79), as in the table.
          label: { formatter: r.score.toFixed(1) },
        })),
        label: { show: true, position: "right" as const, color: ink, fontSize },
      },
      // The whisker: an invisible bar up to the 5th percentile rank, stacked under a thin one to the 95th.
      {
        type: "bar" as const,
        name: "interval-base",
        stack: "interval",
        xAxisIndex: 1,
        yAxisIndex: 1,
        silent: true,
        barWidth: 3,
        itemStyle: { color: "transparent" },
        data: ordered.map((r) => (r.interval ? r.interval[0] : 0)),
      },
      {
        type: "bar" as const,
        name: labels.interval,
        stack: "interval",
        xAxisIndex: 1,
        yAxisIndex: 1,
        barWidth: 3,
        itemStyle: { color: whiskerColour },
        data: ordered.map((r) => (r.interval ? r.interval[1] - r.interval[0] : 0)),
      },
      {
        type: "scatter" as const,
        name: labels.median,
        xAxisIndex: 1,
        yAxisIndex: 1,
        symbol: "rect",
        symbolSize: [3, 14],
        itemStyle: { color: medianColour },
        data: ordered.flatMap((r, i) => (r.medianRank === null ? [] : [[r.medianRank, i]])),
      },
      {
        type: "scatter" as const,
        name: labels.nominal,
        xAxisIndex: 1,
        yAxisIndex: 1,
        symbolSize: 8,
        itemStyle: { color: ink },
        data: ordered.map((r, i) => [r.rank, i]),
      },
    ],
  } satisfies EChartsOption;
}
