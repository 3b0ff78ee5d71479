// What /stages shows for one year: every province in its band (tiles), the ranked figures with the
// national one, how many provinces sit in each band, and each province's timeline at a growth rate.
import { provinceTiles, type ProvinceTile } from "./province-tiles";
import { rankedForYear, regionTimeline, yearsWithFigures, type RegionDollarFigure, type RegionTimeline } from "./regional-stages";
import type { StageBand, StageScheme } from "./stage-scheme";

export type StageTile = ProvinceTile & ({ status: "value"; figure: RegionDollarFigure } | { status: "no-data"; slug: string | null; otherYears: number[] });

export type StagesView = {
  years: number[];
  year: number | null;
  /** Set when the year asked for has no figures: the view shows the latest year instead. */
  yearNotice: number | null;
  ranked: RegionDollarFigure[];
  national: RegionDollarFigure | null;
  tiles: StageTile[];
  bandCounts: { band: StageBand; count: number }[];
  timelines: RegionTimeline[];
};

export function buildStagesView(
  scheme: StageScheme,
  figures: RegionDollarFigure[],
  askedYear: number | undefined,
  growthPct: number,
  slugs: ReadonlyMap<string, string>,
): StagesView {
  const provinces = figures.filter((f) => f.region.level === "province");
  const years = yearsWithFigures(provinces);
  const found = askedYear !== undefined && years.includes(askedYear);
  const year = found ? askedYear : (years[0] ?? null);
  const yearNotice = askedYear !== undefined && !found ? askedYear : null;
  const ranked = year === null ? [] : rankedForYear(provinces, year);
  const national = year === null ? null : (figures.find((f) => f.region.slug === "cn" && f.year === year) ?? null);

  const byCode = new Map(ranked.flatMap((f) => (f.region.adminCode ? [[f.region.adminCode, f] as const] : [])));
  const yearsByCode = new Map<string, number[]>();
  for (const f of provinces) {
    if (!f.region.adminCode) continue;
    yearsByCode.set(f.region.adminCode, [...(yearsByCode.get(f.region.adminCode) ?? []), f.year]);
  }
  const tiles = provinceTiles.map((tile): StageTile => {
    const figure = byCode.get(tile.code);
    return figure
      ? { ...tile, status: "value", figure }
      : { ...tile, status: "no-data", slug: slugs.get(tile.code) ?? null, otherYears: (yearsByCode.get(tile.code) ?? []).sort((a, b) => b - a) };
  });
  const bandCounts = scheme.bands.map((band) => ({ band, count: ranked.filter((f) => f.stage.key === band.key).length }));

  const bySlug = new Map<string, RegionDollarFigure[]>();
  for (const f of [...provinces, ...figures.filter((f) => f.region.slug === "cn")]) {
    bySlug.set(f.region.slug, [...(bySlug.get(f.region.slug) ?? []), f]);
  }
  const timelines = [...bySlug.values()]
    .map((series) => regionTimeline(scheme, series, growthPct))
    .filter((t): t is RegionTimeline => t !== null)
    .sort((a, b) => (a.region.slug === "cn" ? -1 : b.region.slug === "cn" ? 1 : (a.region.adminCode ?? "").localeCompare(b.region.adminCode ?? "")));
  return { years, year, yearNotice, ranked, national, tiles, bandCounts, timelines };
}

export type StageGroup = { band: StageBand; regions: RegionDollarFigure[] };

/** The provinces of the latest year with figures, grouped by band from the highest band down. */
export function latestProvinceStages(scheme: StageScheme, figures: RegionDollarFigure[]): { year: number; national: RegionDollarFigure | null; groups: StageGroup[] } | null {
  const view = buildStagesView(scheme, figures, undefined, 0, new Map());
  if (view.year === null) return null;
  const groups = [...scheme.bands].reverse().map((band) => ({ band, regions: view.ranked.filter((f) => f.stage.key === band.key) }));
  return { year: view.year, national: view.national, groups };
}
