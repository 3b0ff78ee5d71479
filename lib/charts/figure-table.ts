// What a chart's figures (ChartFigure[]) say in words and columns: the Table tab's rows, the CSV's columns, the
// subtitle and source line of an exported picture, and the tooltip's lines. One module, so the four agree.
import type { ChartFigure } from "./types";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";

/** "2025年", "2026—2030年", "2023年（文献发表年……）", or "" for a figure without a year. */
export function figureYearText(figure: ChartFigure): string {
  const m = getMessages();
  if (figure.year === null) return "";
  if (figure.periodStart !== null && figure.periodStart !== figure.year) return m.common.period(figure.periodStart, figure.year);
  return figure.publicationYear ? m.common.publicationYear(figure.year) : m.common.yearLabel(figure.year);
}

/** The qualifier in words ("超过" for ">"), looked up in the catalogue's own keys; the sign itself if unknown. */
export function qualifierText(qualifier: string | null): string {
  if (qualifier === null) return "";
  const words = getMessages().qualifiers;
  return Object.hasOwn(words, qualifier) ? words[qualifier]! : qualifier;
}

/** A series name differs from the region's (a scenario, "全国" as reference…): the tables then show both. */
const hasSeriesColumn = (figures: readonly ChartFigure[]) => figures.some((f) => f.series !== f.region);

const hasIndicatorColumn = (figures: readonly ChartFigure[]) => figures.some((f) => f.indicator !== undefined);

export type FigureRow = { key: string; indicator: string | null; series: string | null; region: string; year: string; label: string; unit: string; source: ChartFigure["source"]; locator: string };

/** The Table tab: one row per figure, in the caller's order, with the labels the chart draws. */
export function figureRows(figures: readonly ChartFigure[]): { hasIndicator: boolean; hasSeries: boolean; rows: FigureRow[] } {
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
      year: figureYearText(f),
      label: f.label,
      unit: f.unit,
      source: f.source,
      locator: f.locator,
    })),
  };
}

export type CsvTable = { header: string[]; rows: (string | number | null)[][] };

/** The CSV: one column per fact, numbers as numbers (13953, not "13,953"), the qualifier in words. */
export function figureCsv(figures: readonly ChartFigure[]): CsvTable {
  const m = getMessages().common;
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
    f.region, f.year, f.periodStart, f.value, f.unit, qualifierText(f.qualifier), f.source.title, f.locator,
    ...(hasNote ? [f.publicationYear ? m.publicationYearNote : ""] : []),
  ]);
  return { header, rows };
}

/** Distinct sources, in order of first use. */
export function figureSources(figures: readonly ChartFigure[]): ChartFigure["source"][] {
  return [...new Map(figures.map((f) => [f.source.title, f.source])).values()];
}

/** "美元/人；2018—2025年": the units and the span of years, for an exported picture's subtitle. */
export function figureSubtitle(figures: readonly ChartFigure[]): string {
  const m = getMessages().common;
  const units = [...new Set(figures.map((f) => f.unit).filter(Boolean))];
  const years = figures.flatMap((f) => (f.year === null ? [] : [f.periodStart ?? f.year, f.year]));
  const low = Math.min(...years);
  const high = Math.max(...years);
  const span = years.length === 0 ? "" : low === high ? m.yearLabel(low) : m.period(low, high);
  return [units.join("、"), span].filter(Boolean).join("；");
}

/** The picture's source line: the sources it draws on, then who compiled it. */
export function sourcesLine(sourceTitles: readonly string[]): string {
  const m = getMessages().common;
  return sourceTitles.length > 0 ? m.sourcesLine(sourceTitles.join("；")) : m.kechanOnly;
}

/** A label that already says it is not exact ("超过9,000", "30多家", "约5%") needs no qualifier put before it. */
const qualifierWords = /超过|余|多|约|近|以上|以下|低于|不低于|不高于|逾|[<>≈+≥≤]/;

/** What the tooltip shows for a mark, keyed by where ECharts drew it. */
export type TooltipFigure = { at: [number, number]; lines: string[] };

export function tooltipFigures(figures: readonly ChartFigure[]): TooltipFigure[] {
  const m = getMessages().common;
  return figures.flatMap((f) => {
    if (!f.at) return [];
    // The label as the chart draws it ("超过9,000美元/人", "24,000余家"), completed where it leaves out the unit or qualifier.
    let value = f.label || (f.value === null ? "" : formatNumber(f.value));
    if (f.unit && !value.includes(f.unit)) value = `${value} ${f.unit}`;
    const qualifier = qualifierText(f.qualifier);
    if (qualifier && !qualifierWords.test(value)) value = `${qualifier} ${value}`;
    const who = f.series === f.region ? f.region : `${f.series}（${f.region}）`;
    const lines = [
      [f.indicator, who, figureYearText(f)].filter(Boolean).join("，"),
      value,
      `${m.source}：${f.source.title}${f.locator ? `，${f.locator}` : ""}`,
    ];
    return [{ at: [f.at.series, f.at.index] as [number, number], lines }];
  }).sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]); // arrow keys step through the marks in drawn order
}
