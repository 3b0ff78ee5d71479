// Every region's GDP per capita in US dollars, year by year, and the WEF stage it falls in. A figure given
// in dollars (document 000 does so for China) is taken as given; a figure in yuan becomes dollars at that
// year's official average rate (market rate, as the GCR does; not PPP) and says so: the yuan figure, the
// rate and where the rate comes from travel with it. A year without a rate has no dollar figure.
import { cnyToUsd } from "./currency";
import { projectGdp } from "./projection";
import type { StageBand, StageScheme } from "./stage-scheme";
import { classifyGdp } from "./stages";

export type RegionRef = { slug: string; nameZh: string; nameEn: string; adminCode: string | null; level: string };

export type Figure = { region: RegionRef; year: number; value: number; qualifier: string | null; sourceTitle: string; sourceSlug: string };
export type Rate = { year: number; cnyPerUsd: number; sourceTitle: string; sourceSlug: string };

export type DerivedFrom = { cny: number; cnyPerUsd: number; rateSource: string; cnySource: string; rateSourceSlug: string; cnySourceSlug: string };

export type RegionDollarFigure = {
  region: RegionRef;
  year: number;
  gdpPerCapitaUsd: number;
  /** > when the source gives only a lower bound (document 000: "超过9000美元"). */
  qualifier: string | null;
  /** null: given in dollars by its source. */
  derivedFrom: DerivedFrom | null;
  /** Where the figure comes from: the dollar figure as given, or the yuan figure converted. */
  source: string;
  sourceSlug: string;
  stage: StageBand;
};

/**
 * Dollar figures for every region and year that has one. Where a region has both a dollar figure and a
 * yuan figure for the same year, the dollar figure as given wins (it is what its source says) unless it is
 * only a bound ("超过9000美元"): then the converted figure, which is exact, stands.
 */
export function dollarFigures(scheme: StageScheme, usd: Figure[], cny: Figure[], rates: Rate[]): RegionDollarFigure[] {
  const rateOf = new Map(rates.map((r) => [r.year, r]));
  const byKey = new Map<string, RegionDollarFigure>();
  for (const f of cny) {
    const rate = rateOf.get(f.year);
    if (!rate || !(f.value > 0)) continue;
    const gdpPerCapitaUsd = cnyToUsd(f.value, rate.cnyPerUsd);
    byKey.set(`${f.region.slug}/${f.year}`, {
      region: f.region,
      year: f.year,
      gdpPerCapitaUsd,
      qualifier: f.qualifier,
      derivedFrom: {
        cny: f.value, cnyPerUsd: rate.cnyPerUsd,
        rateSource: rate.sourceTitle, cnySource: f.sourceTitle, rateSourceSlug: rate.sourceSlug, cnySourceSlug: f.sourceSlug,
      },
      source: f.sourceTitle,
      sourceSlug: f.sourceSlug,
      stage: classifyGdp(scheme, gdpPerCapitaUsd),
    });
  }
  for (const f of usd) {
    if (!(f.value > 0)) continue;
    if (f.qualifier !== null && byKey.has(`${f.region.slug}/${f.year}`)) continue;
    byKey.set(`${f.region.slug}/${f.year}`, {
      region: f.region,
      year: f.year,
      gdpPerCapitaUsd: f.value,
      qualifier: f.qualifier,
      derivedFrom: null,
      source: f.sourceTitle,
      sourceSlug: f.sourceSlug,
      stage: classifyGdp(scheme, f.value),
    });
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.region.slug.localeCompare(b.region.slug));
}

/** The years that have at least one dollar figure, newest first. */
export function yearsWithFigures(figures: RegionDollarFigure[], level?: string): number[] {
  const years = new Set(figures.filter((f) => level === undefined || f.region.level === level).map((f) => f.year));
  return [...years].sort((a, b) => b - a);
}

export type Crossing = {
  thresholdUsd: number;
  /** The band entered at this threshold. */
  stage: StageBand;
  /** The first year with data at or above the threshold. */
  year: number;
  /** The year before it with data below the threshold: the crossing lies after it. null: above from the first year with data. */
  previousYear: number | null;
};

export type RegionTimeline = {
  region: RegionRef;
  first: RegionDollarFigure;
  latest: RegionDollarFigure;
  crossings: Crossing[];
  /** When the latest figure reaches the next band at the growth rate given; null past the horizon or at the top. */
  next: { stage: StageBand; thresholdUsd: number; year: number | null } | null;
};

/** The thresholds between bands, each with the band above it. */
function thresholds(scheme: StageScheme): { thresholdUsd: number; stage: StageBand }[] {
  return scheme.bands.flatMap((band, i) => {
    const above = scheme.bands[i + 1];
    return band.maxUsd !== null && above ? [{ thresholdUsd: band.maxUsd, stage: above }] : [];
  });
}

/**
 * For one region's dollar figures: the year it was first seen in each band (a threshold "crossed in the
 * data" between two years with figures), and, at `growthPct` nominal dollar growth a year from its latest
 * figure, the year it reaches the next band. Crossings go by band, so a figure on an inclusive upper bound
 * has not crossed it.
 */
export function regionTimeline(scheme: StageScheme, figures: RegionDollarFigure[], growthPct: number): RegionTimeline | null {
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (!first || !latest) return null;
  const crossings: Crossing[] = [];
  for (const t of thresholds(scheme)) {
    const at = sorted.findIndex((f) => f.stage.order >= t.stage.order);
    if (at < 0) continue;
    crossings.push({ ...t, year: sorted[at]!.year, previousYear: at > 0 ? sorted[at - 1]!.year : null });
  }
  const projection = projectGdp(scheme, { year: latest.year, gdpPerCapitaUsd: latest.gdpPerCapitaUsd }, { realGrowthPct: growthPct });
  const nextBand = projection.nextStage;
  const next = nextBand && latest.stage.maxUsd !== null
    ? { stage: nextBand, thresholdUsd: latest.stage.maxUsd, year: projection.reachesNextStageIn }
    : null;
  return { region: first.region, first, latest, crossings, next };
}

/** Regions in one year, highest dollar figure first. */
export function rankedForYear(figures: RegionDollarFigure[], year: number, level?: string): RegionDollarFigure[] {
  return figures
    .filter((f) => f.year === year && (level === undefined || f.region.level === level))
    .sort((a, b) => b.gdpPerCapitaUsd - a.gdpPerCapitaUsd || a.region.slug.localeCompare(b.region.slug));
}
