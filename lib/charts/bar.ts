// Option builder: horizontal bars for a handful of labelled counts (e.g. a zone's metrics).
import type { EChartsOption } from "echarts";
import { chartText, ink, series } from "./theme";

export type BarDatum = { label: string; value: number; valueLabel: string };

/** Counts spanning more than this ratio are drawn on a log axis, or the small ones vanish. */
const logScaleRatio = 100;

export function usesLogScale(data: BarDatum[]): boolean {
  const values = data.map((d) => d.value).filter((v) => v > 0);
  if (values.length < 2) return false;
  return Math.max(...values) / Math.min(...values) > logScaleRatio;
}

export function buildHorizontalBarOption(data: BarDatum[], width: number) {
  const fontSize = width < 500 ? 12 : 14;
  const ordered = [...data].sort((a, b) => a.value - b.value);
  const log = usesLogScale(data);
  return {
    textStyle: chartText,
    grid: { left: 8, right: width < 500 ? 64 : 88, top: 8, bottom: 8 },
    xAxis: log ? { type: "log", min: 1, show: false } : { type: "value", show: false },
    yAxis: {
      type: "category",
      data: ordered.map((d) => d.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: "#d1d5db" } },
      axisLabel: { color: ink, fontSize, width: width < 500 ? 150 : 220, overflow: "break" as const },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 22,
        itemStyle: { color: series[1], borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: "right" as const, color: ink, fontSize, fontWeight: 600 as const },
        data: ordered.map((d) => ({ value: d.value, label: { formatter: d.valueLabel } })),
      },
    ],
  } satisfies EChartsOption;
}
