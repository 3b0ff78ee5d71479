// What a region's one-page brief (/regions/[slug]/report) shows: its stage from the latest dollar figure, its
// headline figures, the one chart worth printing, and its references numbered in the order the page first cites
// them (GB/T 7714 顺序编码制).
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import type { ObservationView } from "@/lib/queries/observations";

export type ReportChart =
  /** Where the region's first and latest dollar figures sit among the five stage bands. */
  | { kind: "band"; figures: RegionDollarFigure[] }
  /** No dollar figures: the latest years of the first headline indicator with figures in more than one year. */
  | { kind: "series"; observations: ObservationView[] }
  | { kind: "none" };

/** A cited item with the numbers of its references ([1], [2] …). */
export type Cited<T> = { item: T; refs: number[] };

export type RegionReport = {
  stage: Cited<RegionDollarFigure> | null;
  headlines: Cited<ObservationView>[];
  /** Headline indicators left off to keep the brief on one page. */
  omittedHeadlines: number;
  chart: ReportChart;
  chartRefs: number[];
  /** Source slugs in citation order: entry i is reference [i + 1]. */
  references: string[];
};

export type RegionReportInput = {
  /** All the region's figures, oldest first (listRegionFigures). */
  observations: ObservationView[];
  /** The latest figure of each indicator, in display order (listRegionFigures). */
  headlines: ObservationView[];
  dollarFigures: RegionDollarFigure[];
  maxHeadlines: number;
};

/** The sources a dollar figure rests on: its own, or the yuan figure's and the rate's. */
export function dollarFigureSources(f: RegionDollarFigure): string[] {
  return f.derivedFrom ? [f.derivedFrom.cnySourceSlug, f.derivedFrom.rateSourceSlug] : [f.sourceSlug];
}

/** Most recent years a series chart draws: each year may have its own source, and each source is a reference. */
export const maxSeriesYears = 8;

function pickChart(observations: ObservationView[], headlines: ObservationView[], dollars: RegionDollarFigure[]): ReportChart {
  const first = dollars[0];
  const latest = dollars.at(-1);
  // A long series of dollar figures would cite a source a year and push the brief past one page: the band chart
  // shows the stage with the first and latest figures only.
  if (first && latest) return { kind: "band", figures: first === latest ? [latest] : [first, latest] };
  for (const headline of headlines) {
    const series = observations.filter((o) => o.indicator.code === headline.indicator.code);
    const years = [...new Set(series.map((o) => o.year))].sort((a, b) => a - b).slice(-maxSeriesYears);
    if (years.length > 1) return { kind: "series", observations: series.filter((o) => o.year >= years[0]!) };
  }
  return { kind: "none" };
}

function chartSources(chart: ReportChart): string[] {
  switch (chart.kind) {
    case "band": return chart.figures.flatMap(dollarFigureSources);
    case "series": return chart.observations.map((o) => o.source.slug);
    case "none": return [];
  }
}

export function buildRegionReport({ observations, headlines, dollarFigures, maxHeadlines }: RegionReportInput): RegionReport {
  const references: string[] = [];
  const numberOf = new Map<string, number>();
  const cite = (slugs: string[]): number[] => {
    const numbers = slugs.map((slug) => {
      const known = numberOf.get(slug);
      if (known !== undefined) return known;
      references.push(slug);
      numberOf.set(slug, references.length);
      return references.length;
    });
    return [...new Set(numbers)].sort((a, b) => a - b);
  };
  const dollars = [...dollarFigures].sort((a, b) => a.year - b.year);
  const latest = dollars.at(-1);
  // Cited in the order the page reads: the stage, the headline table, then the chart.
  const stage = latest ? { item: latest, refs: cite(dollarFigureSources(latest)) } : null;
  const shown = headlines.slice(0, maxHeadlines).map((o) => ({ item: o, refs: cite([o.source.slug]) }));
  const chart = pickChart(observations, headlines, dollars);
  const chartRefs = cite(chartSources(chart));
  return { stage, headlines: shown, omittedHeadlines: Math.max(0, headlines.length - maxHeadlines), chart, chartRefs, references };
}
