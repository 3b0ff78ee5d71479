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
 * Pillar scores from the indicator scores (within-pillar weights), then the index from the pillar scores
 * (each region's pillar weights, rows × pillars). `terms` may hold the scores' geometric terms precomputed.
 */
export function aggregateScores(scores: Matrix, layout: Layout, pillarWeights: Float64Array, method: Aggregation, terms?: Float64Array): Aggregated {
  const { rows, columns } = scores;
  const pillarCount = layout.pillarKeys.length;
  const geometric = method === "geometric";
  const cells = geometric ? (terms ?? scores.cells.map(geometricTerm)) : scores.cells;
  const pillars = new Float64Array(rows * pillarCount);
  const index = new Float64Array(rows);
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
    let total = 0;
    let weightSum = 0;
    for (let p = 0; p < pillarCount; p++) {
      const pillarScore = weightSums[p]! > 0 ? sums[p]! / weightSums[p]! : NaN;
      pillars[r * pillarCount + p] = geometric ? Math.exp(pillarScore) - 1 : pillarScore;
      const w = pillarWeights[r * pillarCount + p]!;
      if (Number.isNaN(pillarScore) || w === 0) continue;
      total += w * pillarScore;
      weightSum += w;
    }
    index[r] = weightSum > 0 ? (geometric ? Math.exp(total / weightSum) - 1 : total / weightSum) : NaN;
  }
  return { index, pillars: { rows, columns: pillarCount, cells: pillars } };
}
