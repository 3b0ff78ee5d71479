// Option builders for figures over years (one line per region) and across regions (one bar per region).
import type { EChartsOption } from "echarts";
import { chartText, ink, muted, series as palette, unitValueAxis } from "./theme";

export type SeriesPoint = { year: number; value: number; label: string };
export type NamedSeries = { name: string; points: SeriesPoint[] };

export function buildYearSeriesOption(lines: NamedSeries[], unitLabel: string, width: number) {
  const fontSize = width < 500 ? 11 : 13;
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  return {
    textStyle: chartText,
    color: palette,
    legend: lines.length > 1 ? { top: 0, left: 0, textStyle: { color: ink, fontSize } } : undefined,
    grid: { left: 8, right: 24, top: lines.length > 1 ? 40 : 24, bottom: 8 },
    xAxis: { type: "category", data: years.map(String), axisLabel: { color: muted, fontSize } },
    yAxis: unitValueAxis(unitLabel, fontSize),
    series: lines.map((line) => ({
      name: line.name,
      type: "line" as const,
      symbolSize: 8,
      connectNulls: true,
      data: years.map((year) => {
        const point = line.points.find((p) => p.year === year);
        // Labels on every point only for a single line: with several they pile up (the data table has them).
        return point
          ? { value: point.value, label: { show: lines.length === 1, position: "top" as const, formatter: point.label, color: ink, fontSize } }
          : null;
      }),
    })),
  } satisfies EChartsOption;
}

export type RegionBar = { region: string; value: number; label: string };

export function buildRegionBarsOption(bars: RegionBar[], width: number) {
  const fontSize = width < 500 ? 11 : 13;
  return {
    textStyle: chartText,
    grid: { left: 8, right: 16, top: 28, bottom: 8 },
    xAxis: { type: "category", data: bars.map((b) => b.region), axisLabel: { color: ink, fontSize, interval: 0 } },
    yAxis: { type: "value", axisLabel: { color: muted, fontSize: fontSize - 1 }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    series: [
      {
        type: "bar" as const,
        barMaxWidth: 48,
        data: bars.map((b, i) => ({
          value: b.value,
          itemStyle: { color: palette[i % palette.length] },
          label: { show: true, position: "top" as const, formatter: b.label, color: ink, fontSize, fontWeight: 600 as const },
        })),
      },
    ],
  } satisfies EChartsOption;
}
