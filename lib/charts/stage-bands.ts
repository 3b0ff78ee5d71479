// Option builder: the five stage bands along a GDP-per-capita axis, with the figures marked on it, in the page's
// language. A figure the source gives only as a bound ("超过9,000", "more than 9,000") is an open mark labelled
// with its qualifier, never an exact one; labels sit clear of the threshold lines (which are named above the plot)
// and of each other.
import type { EChartsOption } from "echarts";
import type { BandSummary } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { boundOf, toChartFigure, type SourcedFigure } from "./chart-figures";
import { accent, chartText, ink, muted, stagePalette, stageTextColour } from "./theme";
import type { ChartFigure, MarkAreaPair } from "./types";
import { textWidth } from "./year-lines";

export type BandMarker = {
  label: string;
  gdpPerCapitaUsd: number;
  /** ">" when the source gives only a lower bound ("超过9000美元"). */
  qualifier?: string | null;
  /** The stored figure behind the mark, for the chart's table and tooltip; absent for a figure typed in. */
  figure?: SourcedFigure;
};

export type StageBandChartInput = {
  bands: BandSummary[];
  markers: BandMarker[];
  width: number;
  axisName: string;
  /** The page's language: band names and the bounds' words are written in it. */
  locale: Locale;
};

const plotPadding = { left: 16, right: 28 };

/** Room a threshold's label needs above the plot, in pixels; a closer one keeps its line but not its label. */
const thresholdLabelRoom = 46;

/** Axis end: past the last threshold and every marker, rounded up to a multiple of 5,000. */
export function bandAxisMax(bands: BandSummary[], markers: BandMarker[]): number {
  const lastThreshold = Math.max(...bands.map((b) => b.minUsd ?? 0));
  const highest = Math.max(lastThreshold * 1.35, ...markers.map((m) => m.gdpPerCapitaUsd * 1.12));
  return Math.ceil(highest / 5000) * 5000;
}

/**
 * "超过9,000", "13,953": the number as the mark's label says it. English puts every word before the number, a
 * space apart ("more than 9,000", "over 30"), and a sign after it ("30+").
 */
export function markerValueText(marker: Pick<BandMarker, "gdpPerCapitaUsd" | "qualifier">, locale: Locale): string {
  const words = getMessages(locale).qualifiers;
  const q = marker.qualifier ?? null;
  const word = q && Object.hasOwn(words, q) ? words[q]! : (q ?? "");
  const number = formatUsd(marker.gdpPerCapitaUsd);
  if (locale !== "en") return q === "+" ? `${number}${word}` : `${word}${number}`;
  if (word === "") return number;
  if (q === "+" && !/^[A-Za-z]/.test(word)) return `${number}${word}`;
  return /[A-Za-z]$/.test(word) ? `${word} ${number}` : `${word}${number}`;
}

type MarkerLabel = { position: "top" | "bottom"; align: "center" | "left" | "right" };

/**
 * Where each marker's label goes: markers in axis order alternate below and above (two close marks never share a
 * row), and a label near either end of the axis runs inwards so it is never cut off.
 */
export function markerLabels(markers: BandMarker[], xMax: number, plotWidth: number, fontSize: number, locale: Locale): MarkerLabel[] {
  const order = markers.map((m, i) => ({ i, x: m.gdpPerCapitaUsd })).sort((a, b) => a.x - b.x);
  const placed: MarkerLabel[] = markers.map(() => ({ position: "bottom", align: "center" }));
  order.forEach(({ i, x }, rank) => {
    const marker = markers[i]!;
    const half = Math.max(textWidth(marker.label, fontSize), textWidth(markerValueText(marker, locale), fontSize)) / 2 + 4;
    const px = (x / xMax) * plotWidth;
    const align = px < half ? "left" : px > plotWidth - half ? "right" : "center";
    placed[i] = { position: rank % 2 === 0 ? "bottom" : "top", align };
  });
  return placed;
}

/** The marked figures that come from the store, each at its mark (series 0, marker index). */
export function bandFigures(markers: BandMarker[], locale: Locale): ChartFigure[] {
  return markers.flatMap((m, index) => (m.figure ? [toChartFigure(m.figure, m.figure.region, locale, { series: 0, index })] : []));
}

export function buildStageBandOption({ bands, markers, width, axisName, locale }: StageBandChartInput) {
  const xMax = bandAxisMax(bands, markers);
  const plotWidth = width - plotPadding.left - plotPadding.right;
  const fontSize = width < 500 ? 11 : 13;
  const labels = markerLabels(markers, xMax, plotWidth, fontSize, locale);
  const transition = getMessages(locale).stage.transitionShort;

  const areas = bands.map((band): MarkAreaPair => {
    const from = band.minUsd ?? 0;
    const to = band.maxUsd ?? xMax;
    const name = band.isTransition ? transition : localName(locale, band);
    // Show a band's name only where it fits; the legend under the chart names every band.
    const fits = ((to - from) / xMax) * plotWidth > textWidth(name, fontSize) + 8;
    return [
      {
        xAxis: from,
        name,
        itemStyle: { color: stagePalette[band.order] },
        label: { show: fits, position: "insideTop" as const, color: stageTextColour[band.order], fontSize, fontWeight: 600 as const },
      },
      { xAxis: to },
    ];
  });

  const thresholdValues = bands.flatMap((b) => (b.minUsd !== null ? [b.minUsd] : []));
  const thresholds = thresholdValues.map((value, i) => {
    const next = thresholdValues[i + 1];
    const crowded = next !== undefined && ((next - value) / xMax) * plotWidth < thresholdLabelRoom;
    return { xAxis: value, label: { show: !crowded } };
  });

  return {
    textStyle: chartText,
    grid: { left: plotPadding.left, right: plotPadding.right, top: 30, bottom: 46 },
    xAxis: {
      type: "value",
      min: 0,
      max: xMax,
      name: axisName,
      nameLocation: "middle",
      nameGap: 28,
      nameTextStyle: { color: muted, fontSize: fontSize - 1 },
      splitLine: { show: false },
      axisLabel: { color: muted, fontSize: fontSize - 1 },
    },
    yAxis: { type: "value", min: 0, max: 1, show: false },
    series: [
      {
        type: "scatter",
        symbol: "triangle",
        symbolSize: 14,
        symbolRotate: 180,
        itemStyle: { color: accent },
        z: 3,
        data: markers.map((m, i) => {
          const open = boundOf(m.qualifier ?? null) !== null;
          return {
            value: [m.gdpPerCapitaUsd, 0.42],
            // A bound is an open mark: the true figure is past it.
            ...(open ? { symbol: "emptyTriangle", itemStyle: { color: accent, borderColor: accent, borderWidth: 2 } } : {}),
            label: {
              show: true,
              ...labels[i],
              distance: 6,
              formatter: `${m.label}\n${markerValueText(m, locale)}`,
              color: ink,
              fontSize,
              fontWeight: 600 as const,
              lineHeight: fontSize + 4,
              // Over the band colours and any threshold line beneath: the text stays whole and legible.
              backgroundColor: "rgba(255,255,255,0.9)",
              padding: [2, 4] as [number, number],
              borderRadius: 3,
            },
          };
        }),
        markArea: { silent: true, data: areas },
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: "#94a3b8", type: "dashed" as const, width: 1 },
          // Named above the plot, level with nothing else, so no mark's label ever meets them.
          label: { position: "end" as const, color: muted, fontSize: fontSize - 2, formatter: (p: { value?: unknown }) => formatUsd(Number(p.value)) },
          data: thresholds,
        },
      },
    ],
  } satisfies EChartsOption;
}
