// Option builder: GDP per capita over the years against the stage bands, reported and projected.
import type { EChartsOption } from "echarts";
import type { BandSummary } from "@/lib/domain/stage-report";
import type { ProjectionPoint } from "@/lib/domain/projection";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { accent, chartText, grid, ink, muted, series, stagePalette, stageTextColour } from "./theme";
import { niceAxis } from "./chart-layout";
import type { ChartFigure, MarkAreaPair } from "./types";

/** A reported figure: its drawn value and label, and (for the Table tab, CSV and tooltip) where it comes from. */
export type ReportedPoint = ProjectionPoint & {
  label: string;
  qualifier?: string | null;
  source?: ChartFigure["source"];
  locator?: string;
  publicationYear?: boolean;
};

export type ProjectionChartInput = {
  bands: BandSummary[];
  reported: ReportedPoint[];
  projected: ProjectionPoint[];
  crossingYear: number | null;
  width: number;
  names: { reported: string; projected: string; axis: string };
  /** The page's language: the stage bands' names and the crossing's year are written in it. */
  locale: Locale;
};

/** The value axis: round ticks (1, 2 or 5 × 10ⁿ apart) around the figures and the next threshold above them. */
export function projectionAxisRange(bands: BandSummary[], values: number[]): { min: number; max: number; interval: number } {
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Keep the threshold just above the highest value in view, so the crossing is visible.
  const threshold = bands.map((b) => b.minUsd).find((t): t is number => t !== null && t > low) ?? high;
  const axis = niceAxis(Math.max(0, low * 0.85), Math.max(high, threshold) * 1.08, 6);
  return { ...axis, min: Math.max(0, axis.min) };
}

/** The mark of a qualified figure: open, and pointing up for "more than", down for "less than". */
function qualifiedMark(qualifier: string | null | undefined) {
  if (qualifier === ">" || qualifier === "+") return { symbol: "emptyTriangle", symbolSize: 13 };
  if (qualifier === "<") return { symbol: "emptyTriangle", symbolSize: 13, symbolRotate: 180 };
  if (qualifier === "≈") return { symbol: "emptyDiamond", symbolSize: 13 };
  return {};
}

/** Every year from the first figure to the last: the category axis, and so the data index of each mark. */
export function projectionYears(reported: ProjectionPoint[], projected: ProjectionPoint[]): string[] {
  const allPoints = [...reported, ...projected];
  const firstYear = Math.min(...allPoints.map((p) => p.year));
  const lastYear = Math.max(...allPoints.map((p) => p.year));
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
}

type ProjectionFigureText = {
  region: string;
  names: { reported: string; projected: string };
  unit: string;
  /** Labels a projected value: "17,222". */
  projectedLabel: (usd: number) => string;
  /** Who made the projection and on what assumption, for its source column. */
  projectedSource: string;
  projectedLocator: string;
};

/**
 * The figures the projection chart draws, for its Table tab, CSV and tooltips: the reported points (series 0,
 * with their sources) and the projected path (series 1), each at its year's place on the axis.
 */
export function projectionFigures(reported: ReportedPoint[], projected: ProjectionPoint[], text: ProjectionFigureText): ChartFigure[] {
  const years = projectionYears(reported, projected);
  const index = (year: number) => years.indexOf(String(year));
  return [
    ...reported.map((p) => ({
      series: text.names.reported, region: text.region, year: p.year, periodStart: null, value: Number(p.gdpPerCapitaUsd.toFixed(0)),
      label: p.label, unit: text.unit, qualifier: p.qualifier ?? null, publicationYear: p.publicationYear,
      source: p.source ?? { title: "", href: null }, locator: p.locator ?? "", at: { series: 0, index: index(p.year) },
    })),
    ...projected.map((p) => ({
      series: text.names.projected, region: text.region, year: p.year, periodStart: null, value: Number(p.gdpPerCapitaUsd.toFixed(0)),
      label: text.projectedLabel(p.gdpPerCapitaUsd), unit: text.unit, qualifier: null,
      source: { title: text.projectedSource, href: null }, locator: text.projectedLocator, at: { series: 1, index: index(p.year) },
    })),
  ];
}

export function buildProjectionOption({ bands, reported, projected, crossingYear, width, names, locale }: ProjectionChartInput) {
  const m = getMessages(locale).common;
  const allPoints = [...reported, ...projected];
  const years = projectionYears(reported, projected);
  const { min, max, interval } = projectionAxisRange(bands, allPoints.map((p) => p.gdpPerCapitaUsd));
  const fontSize = width < 500 ? 11 : 13;
  const at = (points: ProjectionPoint[]) =>
    years.map((y) => {
      const point = points.find((p) => String(p.year) === y);
      return point ? Number(point.gdpPerCapitaUsd.toFixed(0)) : null;
    });

  const visibleBands = bands.filter((b) => (b.maxUsd ?? Infinity) > min && (b.minUsd ?? 0) < max);
  const crossing = projected.find((p) => p.year === crossingYear);
  const projectedValues = at(projected);

  return {
    textStyle: chartText,
    legend: { top: 0, right: 0, itemWidth: 18, textStyle: { color: ink, fontSize } },
    grid: { left: 8, right: width < 500 ? 12 : 20, top: 40, bottom: 8 },
    xAxis: {
      type: "category",
      data: years,
      boundaryGap: false,
      axisLabel: { color: muted, fontSize: fontSize - 1, interval: width < 500 ? 2 : 0 },
    },
    yAxis: {
      type: "value",
      min,
      max,
      interval,
      name: names.axis,
      nameTextStyle: { color: muted, fontSize: fontSize - 1, align: "left" as const },
      axisLabel: { color: muted, fontSize: fontSize - 1 },
      splitLine: { lineStyle: { color: grid } },
    },
    series: [
      {
        name: names.reported,
        type: "scatter",
        symbolSize: 11,
        itemStyle: { color: series[0] },
        data: years.map((y) => {
          const point = reported.find((p) => String(p.year) === y);
          return point
            ? {
                value: Number(point.gdpPerCapitaUsd.toFixed(0)),
                // A bound ("超过9,000") is an open mark pointing the way the figure lies, not a point on the bound.
                ...qualifiedMark(point.qualifier),
                // At the left edge a label above the point would run into the axis labels.
                label: { show: true, position: y === years[0] ? ("right" as const) : ("top" as const), formatter: point.label, color: ink, fontSize, fontWeight: 600 as const },
              }
            : null;
        }),
        markArea: {
          silent: true,
          data: visibleBands.map((band): MarkAreaPair => [
            {
              yAxis: Math.max(band.minUsd ?? 0, min),
              name: localName(locale, band),
              itemStyle: { color: stagePalette[band.order], opacity: 0.55 },
              // In the middle of its band: the figures sit at the left edge (the first year), on a bound, and
              // the projection ends top right, so the corners are taken.
              label: { position: "inside" as const, color: stageTextColour[band.order], fontSize: fontSize - 1, fontWeight: 600 as const },
            },
            { yAxis: Math.min(band.maxUsd ?? max, max) },
          ]),
        },
      },
      {
        name: names.projected,
        type: "line",
        symbol: "circle",
        symbolSize: 6,
        lineStyle: { type: "dashed" as const, width: 2, color: series[0] },
        itemStyle: { color: series[0] },
        // The crossing is the labelled point ("2030年 17,222"; in English "2030: 17,222"); no bare vertical line that no legend explains.
        data: projectedValues.map((value, i) => {
          const y = years[i];
          if (value === null || !crossing || String(crossing.year) !== y) return value;
          return {
            value,
            symbolSize: 10,
            label: {
              show: true,
              // Above and to the left of the point: the rising dashed path comes from below-left.
              position: "top" as const,
              align: "right" as const,
              distance: 8,
              formatter: locale === "en" ? `${crossing.year}: ${formatUsd(crossing.gdpPerCapitaUsd)}` : `${m.yearLabel(crossing.year)} ${formatUsd(crossing.gdpPerCapitaUsd)}`,
              color: accent,
              fontSize,
              fontWeight: 600 as const,
            },
          };
        }),
      },
    ],
  } satisfies EChartsOption;
}
