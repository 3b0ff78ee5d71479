// Option builder: regions ranked by GDP per capita in dollars for one year, each bar in its stage's colour,
// with the stage thresholds and the national figure drawn across as labelled lines.
import type { EChartsOption } from "echarts";
import { formatUsd } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { boundOf, toChartFigure, type SourcedFigure } from "./chart-figures";
import { markerValueText } from "./stage-bands";
import { accent, axisLine, chartText, ink, muted, stagePalette, stageTextColour } from "./theme";
import type { ChartFigure } from "./types";

export type RankedBar = { label: string; usd: number; stageOrder: number; qualifier: string | null; figure?: SourcedFigure };

export type StageRankingInput = {
  bars: RankedBar[];
  thresholds: number[];
  /** Drawn as a bar of its own in its rank (in the accent colour) and as a line across the others. */
  national: RankedBar | null;
  width: number;
  axisName: string;
  /** The page's language: a bound's word ("超过", "more than") is written in it. */
  locale: Locale;
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

/** Bars top to bottom, highest first, the national bar in its rank. */
function rankOrder(bars: RankedBar[], national: RankedBar | null): RankedBar[] {
  return national ? [...bars, national].sort((a, b) => b.usd - a.usd) : bars;
}

/** The figures drawn, in the table's order (nation first), each at its bar (series 0; ECharts counts bottom-up). */
export function rankingFigures(bars: RankedBar[], national: RankedBar | null, locale: Locale): ChartFigure[] {
  const drawn = [...rankOrder(bars, national)].reverse();
  return [...(national ? [national] : []), ...bars].flatMap((bar) =>
    bar.figure ? [toChartFigure(bar.figure, bar.figure.region, locale, { series: 0, index: drawn.indexOf(bar) })] : [],
  );
}

export function buildStageRankingOption({ bars, thresholds, national, width, axisName, locale }: StageRankingInput) {
  const fontSize = width < 500 ? 11 : 12;
  const max = rankingAxisMax(bars, thresholds, national?.usd ?? null);
  const plotWidth = width * 0.7;
  // ECharts lists categories bottom-up: reverse so the highest figure is on top.
  const ordered = [...rankOrder(bars, national)].reverse();
  const shown = thresholds.filter((t) => t < max);
  const near = (a: number, b: number) => (Math.abs(b - a) / max) * plotWidth < labelRoom;
  const lines = [
    ...shown.map((t, i) => {
      const next = shown[i + 1];
      // The national line is named above the plot too: a threshold that close gives its label up.
      const crowded = (next !== undefined && near(t, next)) || (national !== null && near(t, national.usd));
      return {
        xAxis: t,
        lineStyle: { color: muted, type: "dashed" as const, width: 1 },
        label: { show: !crowded, formatter: formatUsd(t), color: muted, fontSize, position: "end" as const },
      };
    }),
    // The red line says what it is where it ends, so a saved picture explains it without the caption.
    ...(national
      ? [{ xAxis: national.usd, lineStyle: { color: accent, type: "solid" as const, width: 1 }, label: { show: true, formatter: national.label, color: accent, fontSize, fontWeight: 600 as const, position: "end" as const } }]
      : []),
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
      axisLine: { lineStyle: { color: axisLine } },
      axisLabel: { color: ink, fontSize, formatter: (label: string) => (national && label === national.label ? `{nation|${label}}` : label), rich: { nation: { color: accent, fontWeight: 600 as const, fontSize } } },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: ordered.map((b) => ({
          value: b.usd,
          itemStyle: {
            ...(b === national
              ? { color: accent, borderColor: accent, borderWidth: 1 }
              : { color: stagePalette[b.stageOrder], borderColor: stageTextColour[b.stageOrder], borderWidth: 1 }),
            // A bound ("超过") is an open bar: the true figure is past its end.
            ...(boundOf(b.qualifier) !== null ? { color: "#ffffff", borderWidth: 2, borderType: "dashed" as const } : {}),
          },
          label: { formatter: markerValueText({ gdpPerCapitaUsd: b.usd, qualifier: b.qualifier }, locale), ...(b === national ? { color: accent, fontWeight: 600 as const } : {}) },
        })),
        // On white, so a threshold line behind a bar's label never strikes it through.
        label: { show: true, position: "right" as const, color: ink, fontSize, backgroundColor: "rgba(255,255,255,0.9)", padding: [1, 2] as [number, number] },
        // Behind the bars and their labels (a mark line is drawn on top by default): no label is struck through.
        markLine: { symbol: "none", silent: true, z: 1, data: lines },
      },
    ],
  } satisfies EChartsOption;
}
