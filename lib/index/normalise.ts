// Normalisation of one indicator onto a common scale, fitted on the regions' values and then applicable
// to any value (a region's, or the national figure), with the indicator's direction already applied.
import type { Normalisation } from "./spec";

export type Normaliser =
  | { kind: "minmax"; min: number; max: number }
  | { kind: "zscore"; mean: number; sd: number }
  | { kind: "rank"; sorted: Float64Array }
  /** Relative gap to a target: 100 at the target, 110 when 10 % better (the reference or the best region). */
  | { kind: "distance"; target: number };

export type NormaliserFit = { status: "fitted"; normaliser: Normaliser } | { status: "not-normalisable"; reason: "no-reference" | "zero-target" | "no-values" };

/**
 * Fits a normaliser on `values` (present values only, multiplied by the indicator's direction, so that
 * more is always better). `reference` is the national figure, direction applied too.
 */
export function fitNormaliser(method: Normalisation, values: ArrayLike<number>, reference: number | null): NormaliserFit {
  const n = values.length;
  if (n === 0) return { status: "not-normalisable", reason: "no-values" };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  switch (method) {
    case "minmax":
      return { status: "fitted", normaliser: { kind: "minmax", min, max } };
    case "zscore": {
      const mean = sum / n;
      let squares = 0;
      for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
      // Sample standard deviation (n − 1), as R's sd() in COINr's n_zscore().
      return { status: "fitted", normaliser: { kind: "zscore", mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 } };
    }
    case "rank":
      return { status: "fitted", normaliser: { kind: "rank", sorted: Float64Array.from(values).sort() } };
    case "distance-to-reference":
      if (reference === null) return { status: "not-normalisable", reason: "no-reference" };
      return reference === 0 ? { status: "not-normalisable", reason: "zero-target" } : { status: "fitted", normaliser: { kind: "distance", target: reference } };
    case "distance-to-best":
      return max === 0 ? { status: "not-normalisable", reason: "zero-target" } : { status: "fitted", normaliser: { kind: "distance", target: max } };
  }
}

/** First index whose value is ≥ x (or > x when `strict`), in an ascending array. */
function bound(sorted: Float64Array, x: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (strict ? sorted[mid]! <= x : sorted[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The normalised score of `value` (direction applied). Min-max gives 0–100 (50 for every region when the
 * indicator does not vary); rank gives the mid-rank's percentile 0–100 (ties share the mean of their ranks;
 * a value between two regions' sits halfway); z-score is unbounded; distance is 100 ± the relative gap.
 */
export function normaliseValue(normaliser: Normaliser, value: number): number {
  switch (normaliser.kind) {
    case "minmax": {
      const spread = normaliser.max - normaliser.min;
      // A national figure outside the regions' range stays on the scale's ends.
      return spread === 0 ? 50 : Math.min(100, Math.max(0, (100 * (value - normaliser.min)) / spread));
    }
    case "zscore":
      return normaliser.sd === 0 ? 0 : (value - normaliser.mean) / normaliser.sd;
    case "rank": {
      const n = normaliser.sorted.length;
      if (n === 1) return 50;
      const below = bound(normaliser.sorted, value, false);
      const equal = bound(normaliser.sorted, value, true) - below;
      const midRank = equal > 0 ? below + (equal - 1) / 2 : below - 0.5;
      return Math.min(100, Math.max(0, (100 * midRank) / (n - 1)));
    }
    case "distance":
      return 100 + (100 * (value - normaliser.target)) / Math.abs(normaliser.target);
  }
}
