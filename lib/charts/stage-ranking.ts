// Option builder: regions ranked by GDP per capita in dollars for one year, each bar in its stage's colour,
// with the stage thresholds and the national figure drawn across as labelled lines.
import type { EChartsOption } from "echarts";
import { formatUsd } from "@/lib/format";
import { accent, chartText, ink, muted, stagePalette, stageTextColour } from "./theme";

export type RankedBar = { label: string; usd: number; stageOrder: number; qualifier: string | null };

export type StageRankingInput = {
  bars: RankedBar[];
  thresholds: number[];
  /** Drawn as a bar of its own in its rank (in the accent colour) and as a line across the others. */
  national: RankedBar | null;
  width: number;
  axisName: string;
};

/** Room a threshold's label needs on the axis, in pixels; a closer threshold keeps its line but not its label. */
const labelRoom = 44;

/** Axis end: a little past the highest bar, threshold in reach and the national figure, on a 5,000 step. */
export function rankingAxisMax(bars: RankedBar[], thresholds: number[], national: number | null): number {
  const highest = Math.max(0, ...bars.map((b) => b.usd), national ?? 0);
  const nextThreshold = thresholds.find((t) => t > highest);
  const top = Math.max(highest * 1.08, nextThreshold !== undefined && nextThreshold < highest * 1.6 ? nextThreshold * 1.04 : 0);
  return Math.max(5000, Math.ceil(top / 5000) * 5000);
}

export const rankingRowHeight = 22;

export function buildStageRankingOption({ bars, thresholds, national, width, axisName }: StageRankingInput) {
  const fontSize = width < 500 ? 11 : 12;
  const max = rankingAxisMax(bars, thresholds, national?.usd ?? null);
  const plotWidth = width * 0.7;
  // ECharts lists categories bottom-up: reverse so the highest figure is on top.
  const withNation = national ? [...bars, national].sort((a, b) => b.usd - a.usd) : bars;
  const ordered = [...withNation].reverse();
  const shown = thresholds.filter((t) => t < max);
  const lines = [
    ...shown.map((t, i) => {
      const next = shown[i + 1];
      const crowded = next !== undefined && ((next - t) / max) * plotWidth < labelRoom;
      return {
        xAxis: t,
        lineStyle: { color: muted, type: "dashed" as const, width: 1 },
        label: { show: !crowded, formatter: formatUsd(t), color: muted, fontSize, position: "end" as const },
      };
    }),
    ...(national ? [{ xAxis: national.usd, lineStyle: { color: accent, type: "solid" as const, width: 1 }, label: { show: false } }] : []),
  ];
  return {
    textStyle: chartText,
    grid: { left: 8, right: width < 500 ? 56 : 72, top: 28, bottom: 40 },
    xAxis: {
      type: "value",
      min: 0,
      max,
      interval: max <= 20_000 ? 2500 : max <= 50_000 ? 5000 : 10_000,
      name: axisName,
      nameLocation: "middle",
      nameGap: 26,
      nameTextStyle: { color: muted, fontSize },
      axisLabel: { color: muted, fontSize, formatter: (v: number) => formatUsd(v) },
      splitLine: { show: false },
    },
    yAxis: {
      type: "category",
      data: ordered.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#d1d5db" } },
      axisLabel: { color: ink, fontSize, formatter: (label: string) => (national && label === national.label ? `{nation|${label}}` : label), rich: { nation: { color: accent, fontWeight: 600 as const, fontSize } } },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: ordered.map((b) => ({
          value: b.usd,
          itemStyle: b === national
            ? { color: accent, borderColor: accent, borderWidth: 1 }
            : { color: stagePalette[b.stageOrder], borderColor: stageTextColour[b.stageOrder], borderWidth: 1 },
          label: { formatter: `${b.qualifier ?? ""}${formatUsd(b.usd)}`, ...(b === national ? { color: accent, fontWeight: 600 as const } : {}) },
        })),
        label: { show: true, position: "right" as const, color: ink, fontSize },
        markLine: { symbol: "none", silent: true, data: lines },
      },
    ],
  } satisfies EChartsOption;
}
