// Lines up regions' figures indicator by indicator: the latest figure of each region, and which
// indicators at least two of the regions share (only those can be compared side by side), and the
// same figures as series over the years for the comparison charts.
import { preferFigure } from "./region-rank";

export type ComparableFigure = {
  indicator: { code: string; nameZh: string; unit: string };
  region: { slug: string };
  year: number;
  value: number;
  qualifier: string | null;
};

export type ComparisonRow<F extends ComparableFigure> = {
  indicator: F["indicator"];
  cells: { region: string; figure: F | null }[];
  reportedBy: number;
};

export function compareRegions<F extends ComparableFigure>(regionSlugs: string[], figures: F[]): ComparisonRow<F>[] {
  const latest = new Map<string, Map<string, F>>();
  const indicators = new Map<string, F["indicator"]>();
  for (const f of figures) {
    indicators.set(f.indicator.code, f.indicator);
    const perRegion = latest.get(f.indicator.code) ?? new Map<string, F>();
    const held = perRegion.get(f.region.slug);
    if (!held || f.year > held.year) perRegion.set(f.region.slug, f);
    latest.set(f.indicator.code, perRegion);
  }
  const rows = [...indicators.values()].map((indicator) => {
    const perRegion = latest.get(indicator.code)!;
    const cells = regionSlugs.map((region) => ({ region, figure: perRegion.get(region) ?? null }));
    return { indicator, cells, reportedBy: cells.filter((c) => c.figure).length };
  });
  // Shared indicators first; the sort is stable, so catalogue order holds within each group.
  return rows.sort((a, b) => Number(b.reportedBy >= 2) - Number(a.reportedBy >= 2));
}

// ---- Series: each region's figures of one indicator over the years, against the national figure ----

export type SeriesLine<F> = { region: string; points: (F | null)[] };

export type ComparisonSeries<F extends ComparableFigure> = {
  indicator: F["indicator"];
  /** Every year from the first to the last any selected region reports, so a missing year is a gap. */
  years: number[];
  /** One line per selected region with a figure of the indicator, in the order of the selection. */
  lines: SeriesLine<F>[];
  /** The national figure in the same years, when the store has it. */
  reference: (F | null)[] | null;
};

/** Every year from the first to the last, however far apart: a year without a figure is a gap, never skipped. */
function axisYears(years: number[]): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * For each indicator at least two of the selected regions report (in any year), one line per region over
 * the years and the national figure as a reference. The national region, when selected, counts towards
 * the two and is drawn as the reference rather than as a line of its own. One figure per region and year
 * (see preferFigure).
 */
export function buildComparisonSeries<F extends ComparableFigure>(regionSlugs: string[], figures: F[], nationalSlug = "cn"): ComparisonSeries<F>[] {
  const selected = new Set(regionSlugs);
  const byIndicator = new Map<string, { indicator: F["indicator"]; byRegion: Map<string, Map<number, F>> }>();
  for (const f of figures) {
    if (!selected.has(f.region.slug) && f.region.slug !== nationalSlug) continue;
    const entry = byIndicator.get(f.indicator.code) ?? { indicator: f.indicator, byRegion: new Map() };
    byIndicator.set(f.indicator.code, entry);
    const years = entry.byRegion.get(f.region.slug) ?? new Map<number, F>();
    entry.byRegion.set(f.region.slug, years);
    years.set(f.year, preferFigure(years.get(f.year), f));
  }
  return [...byIndicator.values()].flatMap(({ indicator, byRegion }) => {
    const reporting = regionSlugs.filter((slug) => byRegion.has(slug));
    if (reporting.length < 2) return [];
    const years = axisYears(reporting.flatMap((slug) => [...byRegion.get(slug)!.keys()]));
    const national = byRegion.get(nationalSlug);
    const lines = reporting.filter((slug) => slug !== nationalSlug).map((region) => {
      const own = byRegion.get(region)!;
      return { region, points: years.map((year) => own.get(year) ?? null) };
    });
    const reference = national ? years.map((year) => national.get(year) ?? null) : null;
    return [{ indicator, years, lines, reference: reference?.some((p) => p !== null) ? reference : null }];
  });
}
