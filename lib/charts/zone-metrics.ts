// One zone metric across the compared cases as bars (cases in the matrix's column order, one unit, one axis) and
// the figures those bars draw. Dates never come here: lib/domain/zone-matrix.ts keeps them as text.
import { sourceName, type SourceNaming } from "@/lib/domain/citation";
import type { ZoneMetricRow } from "@/lib/domain/zone-matrix";
import { unitLabel, type UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { BarDatum } from "./bar";
import { figureLabel, toChartFigure } from "./chart-figures";
import type { ChartFigure } from "./types";

export type ZoneMetricFigure = {
  code: string;
  labelZh: string;
  labelEn?: string | null;
  unit: UnitCode;
  value: number;
  qualifier: string | null;
  year: number;
  periodStart?: number | null;
  yearBasis?: string;
  source: SourceNaming & { slug: string; locator: string; observationId: number };
};

/** A bar per case in column order; a case without the figure keeps its row, marked as not reported. */
export function zoneMetricBars(row: ZoneMetricRow<ZoneMetricFigure>, names: ReadonlyMap<string, string>, locale: Locale): BarDatum[] {
  const notReported = getMessages(locale).zones.nothingReported;
  return row.cells.map(({ slug, metric }) => ({
    label: names.get(slug) ?? slug,
    value: metric?.value ?? null,
    valueLabel: metric ? figureLabel(metric.value, metric.qualifier, metric.unit, locale) : notReported,
    qualifier: metric?.qualifier ?? null,
  }));
}

/** The figures the bars draw, each at its case's row (series 0, data index = column). */
export function zoneMetricFigures(row: ZoneMetricRow<ZoneMetricFigure>, names: ReadonlyMap<string, string>, locale: Locale): ChartFigure[] {
  return row.cells.flatMap(({ slug, metric }, index) => {
    if (!metric) return [];
    const name = names.get(slug) ?? slug;
    return [toChartFigure({
      region: name,
      year: metric.year,
      periodStart: metric.periodStart ?? null,
      yearBasis: metric.yearBasis ?? "observed",
      value: metric.value,
      qualifier: metric.qualifier,
      unit: metric.unit,
      source: { title: sourceName(metric.source, locale), href: `/sources/${metric.source.slug}#obs-${metric.source.observationId}` },
      locator: metric.source.locator,
    }, name, locale, { series: 0, index })];
  });
}

export const zoneUnitLabel = (unit: string, locale: Locale) => unitLabel(unit as UnitCode, locale);
