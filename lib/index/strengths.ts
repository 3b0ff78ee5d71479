// Each region's strengths and weaknesses, as the EIS country profiles and COINr's get_str_weak give them:
// the indicators on which it ranks highest and lowest among the regions the index ranks, on the raw figures
// (a less-is-better indicator ranks its lowest figure first). A missing figure is not ranked.
import { competitionRanks } from "./rank";
import type { IndexData } from "./spec";

export type IndicatorStanding = {
  indicator: string;
  /** 1 = best among the regions with a figure; ties share the better rank. */
  rank: number;
  /** Regions with a figure for this indicator. */
  of: number;
  value: number;
};

export type RegionStrengths = {
  region: string;
  /** Every indicator it has a figure for, best rank first (spec order among equals). */
  standings: IndicatorStanding[];
  strengths: IndicatorStanding[];
  /** Worst first; only indicators ranked worse than every strength. */
  weaknesses: IndicatorStanding[];
};

export type StrengthOptions = {
  /** +1 more is better, −1 less is better, by indicator key; absent = +1. */
  directions?: ReadonlyMap<string, 1 | -1>;
  /** Most indicators listed on each side; never more than half the region's ranked indicators, so the two never share one. */
  count?: number;
};

/** Where a rank stands in its field, 0 (first) to under 1: compared so, 3rd of 31 beats 3rd of 4. */
const position = (s: { rank: number; of: number }) => (s.rank - 1) / s.of;

/** Strengths and weaknesses of each region in `regions` (e.g. those the index ranks), in that order. */
export function regionStrengths(data: IndexData, regions: readonly string[], { directions, count = 3 }: StrengthOptions = {}): RegionStrengths[] {
  const rowOf = new Map(data.regions.map((slug, r) => [slug, r]));
  const rows = regions.flatMap((slug) => {
    const r = rowOf.get(slug);
    return r === undefined ? [] : [{ slug, values: data.values[r]! }];
  });
  // Per indicator: the rank of each region with a figure, best first.
  const ranked = data.indicators.map((key, c) => {
    const direction = directions?.get(key) ?? 1;
    const present = rows.flatMap((row, i) => {
      const value = row.values[c];
      return typeof value === "number" && Number.isFinite(value) ? [{ i, value }] : [];
    });
    const ranks = competitionRanks(Float64Array.from(present.map((p) => direction * p.value)));
    return new Map(present.map((p, j) => [p.i, { rank: ranks[j]!, of: present.length, value: p.value }]));
  });
  return rows.map((row, i) => {
    const standings = data.indicators
      .flatMap((indicator, c) => {
        const standing = ranked[c]!.get(i);
        return standing ? [{ indicator, ...standing, order: c }] : [];
      })
      .sort((a, b) => position(a) - position(b) || a.order - b.order)
      .map(({ order: _order, ...standing }) => standing);
    const side = Math.min(count, Math.floor(standings.length / 2));
    // A region last on everything has no strength: one is listed only if it ranks better than its worst indicator.
    const worst = standings.length > 0 ? position(standings.at(-1)!) : Infinity;
    const strengths = standings.slice(0, side).filter((s) => position(s) < worst);
    // A leader first on most indicators has no weakness among them: one is listed only if it ranks worse than every strength.
    const worstStrength = strengths.length > 0 ? position(strengths.at(-1)!) : -Infinity;
    return {
      region: row.slug,
      standings,
      strengths,
      weaknesses: standings.slice(standings.length - side).reverse().filter((s) => position(s) > worstStrength),
    };
  });
}
