// Pearson correlations between the index's indicators on the raw figures of the regions it ranks, each pair
// on the regions that have both figures (pairwise-complete), as the JRC's COIN tool shows them: strongly
// correlated indicators count the same thing twice; a negative pair pulls a pillar apart.
import type { IndexData } from "./spec";

export type Correlation = {
  /** Pearson's r, or null when fewer than `minPairs` regions have both figures or either has no spread. */
  r: number | null;
  /** Regions with both figures. */
  n: number;
};

export type CorrelationMatrix = {
  indicators: string[];
  /** Row-major, indicators × indicators; symmetric, 1 on the diagonal where a column has spread. */
  cells: Correlation[][];
};

/** Below three pairs r is ±1 or undefined whatever the data: no evidence either way. */
export const minPairs = 3;

/** Pearson's r over the positions where both lists hold a finite number. */
export function pearson(xs: readonly (number | null)[], ys: readonly (number | null)[]): Correlation {
  const pairs: [number, number][] = [];
  const length = Math.min(xs.length, ys.length);
  for (let i = 0; i < length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y)) pairs.push([x, y]);
  }
  const n = pairs.length;
  if (n < minPairs) return { r: null, n };
  const meanX = pairs.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = pairs.reduce((sum, [, y]) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  }
  if (sxx === 0 || syy === 0) return { r: null, n };
  // Clamped: rounding can carry a perfect correlation a hair past 1.
  return { r: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), n };
}

/**
 * The correlation matrix of the data's indicators over the regions named in `regions` (e.g. those the index
 * ranks), in the data's indicator order. Regions not in the data are ignored.
 */
export function correlationMatrix(data: IndexData, regions: readonly string[] = data.regions): CorrelationMatrix {
  const rowOf = new Map(data.regions.map((slug, r) => [slug, r]));
  const rows = regions.flatMap((slug) => {
    const r = rowOf.get(slug);
    return r === undefined ? [] : [data.values[r]!];
  });
  const columns = data.indicators.map((_, c) => rows.map((row) => row[c] ?? null));
  const cells = columns.map((x) => columns.map((y) => pearson(x, y)));
  return { indicators: [...data.indicators], cells };
}
