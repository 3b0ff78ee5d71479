// Option builder: horizontal bars for a few labelled figures of ONE quantity (a metric across zones, say), on a
// linear axis that is drawn and named with the unit. Figures in different units, or a year, do not belong here:
// lib/domain/zone-matrix.ts groups them by unit first.
import type { EChartsOption } from "echarts";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { boundOf } from "./chart-figures";
import { axisLine, chartText, grid, ink, muted, series } from "./theme";

export type BarDatum = { label: string; value: number | null; valueLabel: string; qualifier?: string | null };

export type BarOptions = {
  /** "value": longest on top (the default); "given": the order of `data`, top to bottom (a comparison's columns). */
  order?: "value" | "given";
  /** The axis name: the one unit every bar is measured in. */
  unitLabel?: string;
};

export function buildHorizontalBarOption(data: BarDatum[], width: number, locale: Locale, { order = "value", unitLabel }: BarOptions = {}) {
  const m = getMessages(locale).regions.marks;
  const fontSize = width < 500 ? 12 : 14;
  // ECharts lists categories bottom-up: inverse puts the first row on top.
  const ordered = order === "value" ? [...data].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)) : data;
  const bounds = [...new Set(ordered.map((d) => boundOf(d.qualifier ?? null)).filter((b) => b !== null))];
  return {
    textStyle: chartText,
    legend: bounds.length > 0 ? { top: 0, left: 0, data: bounds.map((b) => m.bounds[b]), textStyle: { color: ink, fontSize: fontSize - 1 } } : undefined,
    grid: { left: 8, right: width < 500 ? 72 : 96, top: (unitLabel ? 24 : 8) + (bounds.length > 0 ? 28 : 0), bottom: 8 },
    xAxis: {
      type: "value",
      min: 0,
      name: unitLabel,
      nameLocation: "end",
      nameTextStyle: { color: muted, fontSize: fontSize - 2, align: "right" as const, verticalAlign: "bottom" as const },
      axisLabel: { color: muted, fontSize: fontSize - 2 },
      splitLine: { lineStyle: { color: grid } },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: ordered.map((d) => d.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: axisLine } },
      axisLabel: { color: ink, fontSize, width: width < 500 ? 150 : 220, overflow: "break" as const },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 22,
        itemStyle: { color: series[1], borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: "right" as const, color: ink, fontSize, fontWeight: 600 as const },
        data: ordered.map((d) => ({
          value: d.value ?? 0,
          // A bound ("超过", "余") is an open bar: its end is where the true value starts.
          ...(boundOf(d.qualifier ?? null) !== null ? { itemStyle: { color: "#ffffff", borderColor: series[1], borderWidth: 2, borderType: "dashed" as const } } : {}),
          label: { formatter: d.valueLabel, ...(d.value === null ? { color: muted, fontWeight: 400 as const } : {}) },
        })),
      },
      ...bounds.map((b) => ({ type: "scatter" as const, name: m.bounds[b], symbol: "emptyRect", itemStyle: { color: ink }, data: [] })),
    ],
  } satisfies EChartsOption;
}
