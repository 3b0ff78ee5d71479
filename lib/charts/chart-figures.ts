// A figure as charts and tables say it: its label with the qualifier where Chinese writes it ("超过9,000美元/人",
// "30余年"), its year or period with the publication-year caveat, and the ChartFigure the chart frame reads.
import { sourceName } from "@/lib/domain/citation";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import { formatNumber, formatRate } from "@/lib/format";
import { unitLabelZh, type UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { ObservationView } from "@/lib/queries/observations";
import type { ChartFigure } from "./types";

/** A figure as the store holds it, named for display: what every chart builder here draws. */
export type SourcedFigure = {
  region: string;
  year: number;
  periodStart: number | null;
  /** "observed", "period", "forecast" or "publication" (the year is only the document's). */
  yearBasis: string;
  value: number;
  qualifier: string | null;
  unit: UnitCode;
  source: { title: string; href: string | null };
  locator: string;
};

/** A stored figure as the charts draw it, its source linked to the figure's place on the source's page. */
export function fromObservation(o: ObservationView, region = o.region.nameZh): SourcedFigure {
  return {
    region,
    year: o.year,
    periodStart: o.periodStart,
    yearBasis: o.yearBasis,
    value: o.value,
    qualifier: o.qualifier,
    unit: o.indicator.unit,
    source: { title: sourceName(o.source), href: `/sources/${o.source.slug}#obs-${o.id}` },
    locator: o.locator,
  };
}

/**
 * A region's GDP per capita in dollars as the stage charts draw it: as its source gives it, or converted from the
 * yuan figure at the year's rate (the yuan source named first, then the rate's).
 */
export function fromDollarFigure(f: RegionDollarFigure, region = f.region.nameZh): SourcedFigure {
  const p = getMessages().regions.profile;
  const derived = f.derivedFrom;
  return {
    region,
    year: f.year,
    periodStart: null,
    yearBasis: "observed",
    value: f.gdpPerCapitaUsd,
    qualifier: f.qualifier,
    unit: "usd-per-capita",
    source: { title: derived ? `${derived.cnySource}；${derived.rateSource}` : f.source, href: `/sources/${derived ? derived.cnySourceSlug : f.sourceSlug}` },
    locator: derived ? p.convertedLocator(formatNumber(derived.cny), formatRate(derived.cnyPerUsd)) : "",
  };
}

/** "超过9,000美元/人", "30余年", "约4.3%/年", "1988年" (a year has no thousands separator). */
export function figureLabel(value: number, qualifier: string | null, unit: UnitCode): string {
  const words = getMessages().qualifiers;
  const word = qualifier ? (Object.hasOwn(words, qualifier) ? words[qualifier]! : qualifier) : "";
  const number = unit === "year" ? String(value) : formatNumber(value);
  return qualifier === "+" ? `${number}${word}${unitLabelZh(unit)}` : `${word}${number}${unitLabelZh(unit)}`;
}

/** "2025年", "2026—2030年", "2026—2030年（预测）", "2025年（文献发表年……）": the year as the source frames it. */
export function yearText({ year, periodStart, yearBasis }: Pick<SourcedFigure, "year" | "periodStart" | "yearBasis">): string {
  const m = getMessages().common;
  const when = periodStart !== null && periodStart !== year ? m.period(periodStart, year) : m.yearLabel(year);
  if (yearBasis === "forecast") return `${when}（${m.forecast}）`;
  if (yearBasis === "publication") return m.publicationYear(year);
  return when;
}

/** "2026—2030年" or "2025年": short enough for a mark's label (the caveats go to the table and the note). */
export function yearShort({ year, periodStart }: Pick<SourcedFigure, "year" | "periodStart">): string {
  const m = getMessages().common;
  return periodStart !== null && periodStart !== year ? m.period(periodStart, year) : m.yearLabel(year);
}

export function toChartFigure(figure: SourcedFigure, series: string, at?: { series: number; index: number }): ChartFigure {
  return {
    series,
    region: figure.region,
    year: figure.year,
    periodStart: figure.periodStart !== null && figure.periodStart !== figure.year ? figure.periodStart : null,
    value: figure.value,
    label: figureLabel(figure.value, figure.qualifier, figure.unit),
    unit: unitLabelZh(figure.unit),
    qualifier: figure.qualifier,
    ...(figure.yearBasis === "publication" ? { publicationYear: true } : {}),
    source: figure.source,
    locator: figure.locator,
    ...(at ? { at } : {}),
  };
}

/** Which way the true value lies from the number drawn: a qualified figure is drawn at its bound, never as exact. */
export type Bound = "above" | "below" | "about" | null;

export function boundOf(qualifier: string | null): Bound {
  if (qualifier === ">" || qualifier === "+" || qualifier === "≥") return "above";
  if (qualifier === "<" || qualifier === "≤") return "below";
  if (qualifier === "≈") return "about";
  return null;
}

/** The shape of a qualified mark: open, pointing the way the true value lies. */
export const boundSymbol = {
  above: { symbol: "emptyTriangle", symbolRotate: 0 },
  below: { symbol: "emptyTriangle", symbolRotate: 180 },
  about: { symbol: "emptyDiamond", symbolRotate: 0 },
} as const;
