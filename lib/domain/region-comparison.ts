// Lines up regions' figures indicator by indicator: the latest figure of each region, and which
// indicators at least two of the regions share (only those can be compared side by side).

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
