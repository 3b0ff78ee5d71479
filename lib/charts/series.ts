// Option builder for one figure across regions (one horizontal bar per region, in the order given, first on top). Figures over years are
// drawn by year-lines.ts. A qualified figure ("超过9,000") is an open bar labelled with its qualifier, and the
// legend says what an open bar means.
import type { EChartsOption } from "echarts";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { boundOf, figureLabel, toChartFigure, type Bound, type SourcedFigure } from "./chart-figures";
import { chartText, grid, ink, muted, series as palette } from "./theme";
import type { ChartFigure } from "./types";

/** Each region's figure with where its bar is (series 0, data index in the order given). */
export function regionBarsFigures(figures: SourcedFigure[], locale: Locale): ChartFigure[] {
  return figures.map((f, index) => toChartFigure(f, f.region, locale, { series: 0, index }));
}

const boundKinds = (figures: SourcedFigure[]) =>
  [...new Set(figures.map((f) => boundOf(f.qualifier)).filter((b): b is Exclude<Bound, null> => b !== null))];

export function buildRegionBarsOption(figures: SourcedFigure[], width: number, locale: Locale) {
  const m = getMessages(locale).regions.marks;
  const fontSize = width < 500 ? 11 : 13;
  const bounds = boundKinds(figures);
  // Regions down the side, in the order given (first on top): twenty names and labels never collide, even on a phone.
  return {
    textStyle: chartText,
    legend: bounds.length > 0 ? { top: 0, left: 0, data: bounds.map((b) => m.bounds[b]), textStyle: { color: ink, fontSize } } : undefined,
    grid: { left: 8, right: width < 500 ? 84 : 120, top: bounds.length > 0 ? 32 : 8, bottom: 8 },
    yAxis: { type: "category", inverse: true, data: figures.map((f) => f.region), axisTick: { show: false }, axisLabel: { color: ink, fontSize, interval: 0 } },
    xAxis: { type: "value", axisLabel: { color: muted, fontSize: fontSize - 1 }, splitLine: { lineStyle: { color: grid } } },
    series: [
      {
        type: "bar" as const,
        barMaxWidth: 16,
        data: figures.map((f, i) => {
          const colour = palette[i % palette.length]!;
          const open = boundOf(f.qualifier) !== null;
          return {
            value: f.value,
            // A bound is an open bar: its length is only where the true value starts (or ends).
            itemStyle: open ? { color: "#ffffff", borderColor: colour, borderWidth: 2, borderType: "dashed" as const } : { color: colour },
            label: { show: true, position: "right" as const, formatter: figureLabel(f.value, f.qualifier, f.unit, locale), color: ink, fontSize, fontWeight: 600 as const },
          };
        }),
      },
      // Legend entries only: what an open bar means.
      ...bounds.map((b) => ({ type: "scatter" as const, name: m.bounds[b], symbol: "emptyRect", itemStyle: { color: ink }, data: [] })),
    ],
  } satisfies EChartsOption;
}
