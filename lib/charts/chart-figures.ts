// A figure as charts and tables say it, in the page's language: its label with the qualifier where the language
// writes it ("超过9,000美元/人", "30余年"; "more than 9,000 USD per person"), its year or period with the
// publication-year caveat, and the ChartFigure the chart frame reads.
import { sourceName } from "@/lib/domain/citation";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import { formatNumber, formatRate } from "@/lib/format";
import { unitLabel, type UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ObservationView } from "@/lib/queries/observations";
import { punctuation } from "./punctuation";
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
export function fromObservation(o: ObservationView, locale: Locale, region = localName(locale, o.region)): SourcedFigure {
  return {
    region,
    year: o.year,
    periodStart: o.periodStart,
    yearBasis: o.yearBasis,
    value: o.value,
    qualifier: o.qualifier,
    unit: o.indicator.unit,
    source: { title: sourceName(o.source, locale), href: `/sources/${o.source.slug}#obs-${o.id}` },
    locator: o.locator,
  };
}

/**
 * A region's GDP per capita in dollars as the stage charts draw it: as its source gives it, or converted from the
 * yuan figure at the year's rate (the yuan source named first, then the rate's).
 */
export function fromDollarFigure(f: RegionDollarFigure, locale: Locale, region = localName(locale, f.region)): SourcedFigure {
  const p = getMessages(locale).regions.profile;
  const derived = f.derivedFrom;
  return {
    region,
    year: f.year,
    periodStart: null,
    yearBasis: "observed",
    value: f.gdpPerCapitaUsd,
    qualifier: f.qualifier,
    unit: "usd-per-capita",
    source: { title: derived ? `${derived.cnySource}${punctuation(locale).semicolon}${derived.rateSource}` : f.source, href: `/sources/${derived ? derived.cnySourceSlug : f.sourceSlug}` },
    locator: derived ? p.convertedLocator(formatNumber(derived.cny), formatRate(derived.cnyPerUsd)) : "",
  };
}

/**
 * A number and its unit label as the label's language writes them: "9,000美元/人", "4.3%/年", but "9,000 USD per
 * person" and "4.3% a year" (a unit in Latin letters or digits, "100 million CNY", stands a space apart; a sign such as % does not).
 */
export function withUnit(number: string, unit: string): string {
  if (unit === "") return number;
  return /^[A-Za-z0-9]/.test(unit) ? `${number} ${unit}` : `${number}${unit}`;
}

/** A qualifier's word before a number: "超过9,000", but "more than 9,000" (a word stands a space apart, a sign does not). */
const beforeNumber = (word: string, number: string) => (word === "" ? number : /[A-Za-z]$/.test(word) ? `${word} ${number}` : `${word}${number}`);

/**
 * A number written with its qualifier's word: "超过9,000", "30余"; in English "more than 9,000". Chinese writes
 * "余" after the number; English puts its word for "+" before it, unless the word is a sign ("30+").
 */
export function qualifiedNumber(number: string, qualifier: string | null, locale: Locale): string {
  const words = getMessages(locale).qualifiers;
  const word = qualifier ? (Object.hasOwn(words, qualifier) ? words[qualifier]! : qualifier).trim() : "";
  if (locale !== "en") return qualifier === "+" ? `${number}${word}` : `${word}${number}`;
  if (qualifier === "+" && !/^[A-Za-z]/.test(word)) return `${number}${word}`;
  return beforeNumber(word, number);
}

/**
 * "超过9,000美元/人", "30余年", "约4.3%/年", "1988年" (a year has no thousands separator); in English "more than
 * 9,000 USD per person", "about 4.3% a year", "1988".
 */
export function figureLabel(value: number, qualifier: string | null, unit: UnitCode, locale: Locale): string {
  const number = unit === "year" ? String(value) : formatNumber(value);
  return withUnit(qualifiedNumber(number, qualifier, locale), unitLabel(unit, locale));
}

/** "2025年", "2026—2030年", "2026—2030年（预测）", "2025年（文献发表年……）": the year as the source frames it. */
export function yearText({ year, periodStart, yearBasis }: Pick<SourcedFigure, "year" | "periodStart" | "yearBasis">, locale: Locale): string {
  const m = getMessages(locale).common;
  const when = periodStart !== null && periodStart !== year ? m.period(periodStart, year) : m.yearLabel(year);
  if (yearBasis === "forecast") return `${when}${punctuation(locale).paren(m.forecast)}`;
  if (yearBasis === "publication") return m.publicationYear(year);
  return when;
}

/** "2026—2030年" or "2025年": short enough for a mark's label (the caveats go to the table and the note). */
export function yearShort({ year, periodStart }: Pick<SourcedFigure, "year" | "periodStart">, locale: Locale): string {
  const m = getMessages(locale).common;
  return periodStart !== null && periodStart !== year ? m.period(periodStart, year) : m.yearLabel(year);
}

export function toChartFigure(figure: SourcedFigure, series: string, locale: Locale, at?: { series: number; index: number }): ChartFigure {
  return {
    series,
    region: figure.region,
    year: figure.year,
    periodStart: figure.periodStart !== null && figure.periodStart !== figure.year ? figure.periodStart : null,
    value: figure.value,
    label: figureLabel(figure.value, figure.qualifier, figure.unit, locale),
    unit: unitLabel(figure.unit, locale),
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
