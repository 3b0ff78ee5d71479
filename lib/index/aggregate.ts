// Aggregation of normalised scores into pillar scores and pillar scores into the index, arithmetic or
// geometric, leaving out missing figures and rescaling the remaining weights.
import type { Matrix } from "./impute";
import type { Aggregation } from "./spec";
import type { Layout } from "./weights";

/**
 * The geometric mean is taken of score + 1, then 1 is subtracted: a region scoring 0 on one indicator
 * (the worst under min-max) is not zeroed outright, and the result still never exceeds the arithmetic mean
 * (Jensen on the shifted scores). Scores below 0 (possible with distance to a reference) count as 0.
 */
export function geometricTerm(score: number): number {
  return Math.log(Math.max(score, 0) + 1);
}

/** Weighted mean of the present values (NaN skipped, the others' weights rescaled); NaN when none is present. */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>, method: Aggregation): number {
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const w = weights[i]!;
    if (Number.isNaN(v) || w === 0) continue;
    total += w * (method === "geometric" ? geometricTerm(v) : v);
    weightSum += w;
  }
  if (weightSum === 0) return NaN;
  return method === "geometric" ? Math.exp(total / weightSum) - 1 : total / weightSum;
}

export type Aggregated = { index: Float64Array; pillars: Matrix };

/**
 * Each region's pillar means (rows × pillars) from the indicator scores and the within-pillar weights, NaN
 * where a pillar has no figure. For a geometric aggregation they are means of the geometric terms (log
 * space), which is what the index step needs; `terms` may hold those terms precomputed. They do not depend
 * on the pillar weights, so a Monte Carlo over the weights computes them once (lib/index/model.ts).
 */
export function pillarMeans(scores: Matrix, layout: Layout, method: Aggregation, terms?: Float64Array): Matrix {
  const { rows, columns } = scores;
  const pillarCount = layout.pillarKeys.length;
  const cells = method === "geometric" ? (terms ?? scores.cells.map(geometricTerm)) : scores.cells;
  const means = new Float64Array(rows * pillarCount);
  const sums = new Float64Array(pillarCount);
  const weightSums = new Float64Array(pillarCount);
  for (let r = 0; r < rows; r++) {
    sums.fill(0);
    weightSums.fill(0);
    for (let c = 0; c < columns; c++) {
      const v = cells[r * columns + c]!;
      if (Number.isNaN(v)) continue;
      const p = layout.pillarOf[c]!;
      const w = layout.indicatorWeights[c]!;
      sums[p]! += w * v;
      weightSums[p]! += w;
    }
    for (let p = 0; p < pillarCount; p++) means[r * pillarCount + p] = weightSums[p]! > 0 ? sums[p]! / weightSums[p]! : NaN;
  }
  return { rows, columns: pillarCount, cells: means };
}

/** The index from the pillar means and each region's pillar weights (rows × pillars), missing pillars' weights rescaled. */
export function indexFromPillarMeans(means: Matrix, pillarWeights: Float64Array, method: Aggregation): Float64Array {
  const { rows, columns: pillarCount } = means;
  const index = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let total = 0;
    let weightSum = 0;
    for (let p = 0; p < pillarCount; p++) {
      const k = r * pillarCount + p;
      const mean = means.cells[k]!;
      const w = pillarWeights[k]!;
      if (Number.isNaN(mean) || w === 0) continue;
      total += w * mean;
      weightSum += w;
    }
    index[r] = weightSum > 0 ? (method === "geometric" ? Math.exp(total / weightSum) - 1 : total / weightSum) : NaN;
  }
  return index;
}

/**
 * Pillar scores from the indicator scores (within-pillar weights), then the index from the pillar scores
 * (each region's pillar weights, rows × pillars). `terms` may hold the scores' geometric terms precomputed.
 */
export function aggregateScores(scores: Matrix, layout: Layout, pillarWeights: Float64Array, method: Aggregation, terms?: Float64Array): Aggregated {
  const means = pillarMeans(scores, layout, method, terms);
  const pillars = method === "geometric" ? means.cells.map((m) => Math.exp(m) - 1) : means.cells;
  return { index: indexFromPillarMeans(means, pillarWeights, method), pillars: { ...means, cells: pillars } };
}
