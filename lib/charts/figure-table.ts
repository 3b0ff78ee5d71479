// What a chart's figures (ChartFigure[]) say in words and columns: the Table tab's rows, the CSV's columns, the
// subtitle and source line of an exported picture, and the tooltip's lines. One module, so the four agree; each
// in the page's language (the figures' labels and units already are, lib/charts/chart-figures.ts).
import type { ChartFigure } from "./types";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { punctuation } from "./punctuation";

/** "2025年", "2026—2030年", "2023年（文献发表年……）", or "" for a figure without a year. */
export function figureYearText(figure: ChartFigure, locale: Locale): string {
  const m = getMessages(locale);
  if (figure.year === null) return "";
  if (figure.periodStart !== null && figure.periodStart !== figure.year) return m.common.period(figure.periodStart, figure.year);
  return figure.publicationYear ? m.common.publicationYear(figure.year) : m.common.yearLabel(figure.year);
}

/** The qualifier in words ("超过" for ">"), looked up in the catalogue's own keys; the sign itself if unknown. */
export function qualifierText(qualifier: string | null, locale: Locale): string {
  if (qualifier === null) return "";
  const words = getMessages(locale).qualifiers;
  return (Object.hasOwn(words, qualifier) ? words[qualifier]! : qualifier).trim();
}

/** A series name differs from the region's (a scenario, "全国" as reference…): the tables then show both. */
const hasSeriesColumn = (figures: readonly ChartFigure[]) => figures.some((f) => f.series !== f.region);

const hasIndicatorColumn = (figures: readonly ChartFigure[]) => figures.some((f) => f.indicator !== undefined);

export type FigureRow = { key: string; indicator: string | null; series: string | null; region: string; year: string; label: string; unit: string; source: ChartFigure["source"]; locator: string };

/** The Table tab: one row per figure, in the caller's order, with the labels the chart draws. */
export function figureRows(figures: readonly ChartFigure[], locale: Locale): { hasIndicator: boolean; hasSeries: boolean; rows: FigureRow[] } {
  const hasSeries = hasSeriesColumn(figures);
  const hasIndicator = hasIndicatorColumn(figures);
  return {
    hasIndicator,
    hasSeries,
    rows: figures.map((f, i) => ({
      key: `${i}`,
      indicator: hasIndicator ? (f.indicator ?? "") : null,
      series: hasSeries ? f.series : null,
      region: f.region,
      year: figureYearText(f, locale),
      label: f.label,
      unit: f.unit,
      source: f.source,
      locator: f.locator,
    })),
  };
}

export type CsvTable = { header: string[]; rows: (string | number | null)[][] };

/** The CSV: one column per fact, numbers as numbers (13953, not "13,953"), the qualifier in words, headers in the page's language. */
export function figureCsv(figures: readonly ChartFigure[], locale: Locale): CsvTable {
  const m = getMessages(locale).common;
  const hasSeries = hasSeriesColumn(figures);
  const hasNote = figures.some((f) => f.publicationYear);
  const hasIndicator = hasIndicatorColumn(figures);
  const header = [
    ...(hasIndicator ? [m.indicator] : []),
    ...(hasSeries ? [m.series] : []),
    m.region, m.year, m.periodStart, m.value, m.unit, m.qualifier, m.source, m.locator,
    ...(hasNote ? [m.note] : []),
  ];
  const rows = figures.map((f) => [
    ...(hasIndicator ? [f.indicator ?? ""] : []),
    ...(hasSeries ? [f.series] : []),
    f.region, f.year, f.periodStart, f.value, f.unit, qualifierText(f.qualifier, locale), f.source.title, f.locator,
    ...(hasNote ? [f.publicationYear ? m.publicationYearNote : ""] : []),
  ]);
  return { header, rows };
}

/** Distinct sources, in order of first use. */
export function figureSources(figures: readonly ChartFigure[]): ChartFigure["source"][] {
  return [...new Map(figures.map((f) => [f.source.title, f.source])).values()];
}

/** "美元/人；2018—2025年" ("USD per person; 2018–2025"): the units and the span of years, for an exported picture's subtitle. */
export function figureSubtitle(figures: readonly ChartFigure[], locale: Locale): string {
  const m = getMessages(locale).common;
  const p = punctuation(locale);
  const units = [...new Set(figures.map((f) => f.unit).filter(Boolean))];
  const years = figures.flatMap((f) => (f.year === null ? [] : [f.periodStart ?? f.year, f.year]));
  const low = Math.min(...years);
  const high = Math.max(...years);
  const span = years.length === 0 ? "" : low === high ? m.yearLabel(low) : m.period(low, high);
  return [units.join(p.list), span].filter(Boolean).join(p.semicolon);
}

/** The picture's source line: the sources it draws on, then who compiled it. */
export function sourcesLine(sourceTitles: readonly string[], locale: Locale): string {
  const m = getMessages(locale).common;
  return sourceTitles.length > 0 ? m.sourcesLine(sourceTitles.join(punctuation(locale).semicolon)) : m.kechanOnly;
}

/** A label that already says it is not exact ("超过9,000", "30多家", "约5%") needs no qualifier put before it. */
const qualifierWords = /超过|余|多|约|近|以上|以下|低于|不低于|不高于|逾|[<>≈+≥≤]/;

/** Whether a label already carries its qualifier: a Chinese word or sign above, or the qualifier's own word ("more than"). */
const saysQualifier = (label: string, qualifier: string) => qualifierWords.test(label) || label.toLowerCase().includes(qualifier.toLowerCase());

/** What the tooltip shows for a mark, keyed by where ECharts drew it. */
export type TooltipFigure = { at: [number, number]; lines: string[] };

export function tooltipFigures(figures: readonly ChartFigure[], locale: Locale): TooltipFigure[] {
  const m = getMessages(locale).common;
  const p = punctuation(locale);
  return figures.flatMap((f) => {
    if (!f.at) return [];
    // The label as the chart draws it ("超过9,000美元/人", "24,000余家"), completed where it leaves out the unit or qualifier.
    let value = f.label || (f.value === null ? "" : formatNumber(f.value));
    if (f.unit && !value.includes(f.unit)) value = `${value} ${f.unit}`;
    const qualifier = qualifierText(f.qualifier, locale);
    if (qualifier && !saysQualifier(value, qualifier)) value = `${qualifier} ${value}`;
    const who = f.series === f.region ? f.region : `${f.series}${p.paren(f.region)}`;
    const lines = [
      [f.indicator, who, figureYearText(f, locale)].filter(Boolean).join(p.comma),
      value,
      `${m.source}${p.colon}${f.source.title}${f.locator ? `${p.comma}${f.locator}` : ""}`,
    ];
    return [{ at: [f.at.series, f.at.index] as [number, number], lines }];
  }).sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]); // arrow keys step through the marks in drawn order
}
