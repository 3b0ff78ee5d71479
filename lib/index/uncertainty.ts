// Uncertainty and sensitivity of the ranks: a seeded Monte Carlo over pillar weights and method choices
// gives each region's median rank and 5–95 % interval; a Saltelli design gives each choice's first-order
// and total sensitivity index on the mean absolute rank shift. No Node APIs: it can run in a Web Worker.
import { buildModel, type Factor, type ModelSettings } from "./model";
import { seededRandom } from "./random";
import type { IndexData, IndexSpec } from "./spec";

export type RunSettings = ModelSettings & {
  seed: number;
  /** Called with (runs done, runs in all) every `progressEvery` runs and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
};

/** Quantile with linear interpolation between order statistics (R's type 7, spreadsheet PERCENTILE.INC). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** Mean |rank − nominal rank| over the regions ranked in both; the output the sensitivity indices explain. */
export function meanAbsoluteRankShift(ranks: ArrayLike<number>, nominal: ArrayLike<number>): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < ranks.length; i++) {
    const shift = Math.abs(ranks[i]! - nominal[i]!);
    if (Number.isNaN(shift)) continue;
    total += shift;
    count++;
  }
  return count === 0 ? 0 : total / count;
}

function reporter(total: number, settings: RunSettings) {
  const every = Math.max(1, settings.progressEvery ?? 50);
  return (done: number) => {
    if (settings.onProgress && (done % every === 0 || done === total)) settings.onProgress(done, total);
  };
}

export type RankInterval = { region: string; nominalRank: number; medianRank: number; low: number; high: number };

export type UncertaintyResult =
  | { status: "computed"; runs: number; factors: string[]; regions: RankInterval[] }
  | { status: "invalid"; reason: string };

/** `runs` Monte Carlo runs; every region's median rank and 5th–95th percentile rank across them. */
export function analyseUncertainty(spec: IndexSpec, data: IndexData, settings: RunSettings & { runs: number }): UncertaintyResult {
  const build = buildModel(spec, data, settings);
  if (build.status === "invalid") return build;
  const { model } = build;
  const random = seededRandom(settings.seed);
  const d = model.factors.length;
  const n = model.regions.length;
  const runs = Math.max(1, Math.floor(settings.runs));
  const byRegion = new Float64Array(n * runs);
  const u = new Float64Array(d);
  const report = reporter(runs, settings);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < d; i++) u[i] = random();
    const ranks = model.ranksAt(u);
    for (let r = 0; r < n; r++) byRegion[r * runs + run] = ranks[r]!;
    report(run + 1);
  }
  const regions: RankInterval[] = [];
  model.regions.forEach((region, r) => {
    const ranks = byRegion.subarray(r * runs, (r + 1) * runs).filter((v) => !Number.isNaN(v)).sort();
    if (ranks.length === 0) return;
    regions.push({
      region,
      nominalRank: model.nominalRanks[r]!,
      medianRank: quantileOfSorted(ranks, 0.5),
      low: quantileOfSorted(ranks, 0.05),
      high: quantileOfSorted(ranks, 0.95),
    });
  });
  return { status: "computed", runs, factors: model.factors.map((f) => f.key), regions };
}

export type SobolIndices = { variance: number; first: number[]; total: number[] };

/**
 * First-order and total indices from a Saltelli design's outputs, as COINr's SA_estimate() computes them:
 * `outputs` holds y(A) (N), y(B) (N), then y(AB_i) (N each, A with column i from B) for i = 1…d.
 * Sᵢ = mean(y_B · (y_ABi − y_A)) / V (Saltelli 2010); STᵢ = Σ (y_A − y_ABi)² / (2N V) (Jansen);
 * V is the sample variance of y_A and y_B together. With V = 0 every index is 0: nothing moves the output.
 */
export function sobolIndices(outputs: ArrayLike<number>, baseRuns: number, factorCount: number): SobolIndices {
  const N = baseRuns;
  if (outputs.length !== N * (factorCount + 2)) throw new RangeError(`expected ${N * (factorCount + 2)} outputs, got ${outputs.length}`);
  let mean = 0;
  for (let k = 0; k < 2 * N; k++) mean += outputs[k]!;
  mean /= 2 * N;
  let squares = 0;
  for (let k = 0; k < 2 * N; k++) squares += (outputs[k]! - mean) ** 2;
  const variance = squares / (2 * N - 1);
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < factorCount; i++) {
    let s = 0;
    let st = 0;
    for (let j = 0; j < N; j++) {
      const yA = outputs[j]!;
      const yB = outputs[N + j]!;
      const yAB = outputs[(2 + i) * N + j]!;
      s += yB * (yAB - yA);
      st += (yA - yAB) ** 2;
    }
    first.push(variance === 0 ? 0 : s / N / variance);
    total.push(variance === 0 ? 0 : st / (2 * N * variance));
  }
  return { variance, first, total };
}

export type SensitivityResult =
  | {
      status: "computed";
      runs: number;
      output: "mean-absolute-rank-shift";
      variance: number;
      factors: { key: string; kind: Factor["kind"]; first: number; total: number }[];
    }
  | { status: "invalid"; reason: string };

/**
 * Global sensitivity of the mean absolute rank shift to each uncertain input: N(d + 2) runs of the model
 * on a Saltelli design drawn from the seeded generator (pseudo-random, not a quasi-random Sobol sequence).
 */
export function analyseSensitivity(spec: IndexSpec, data: IndexData, settings: RunSettings & { baseRuns: number }): SensitivityResult {
  const build = buildModel(spec, data, settings);
  if (build.status === "invalid") return build;
  const { model } = build;
  const d = model.factors.length;
  if (d === 0) return { status: "invalid", reason: "nothing is uncertain: give a weight noise or two alternatives for a choice" };
  const N = Math.max(2, Math.floor(settings.baseRuns));
  const random = seededRandom(settings.seed);
  const A = Float64Array.from({ length: N * d }, random);
  const B = Float64Array.from({ length: N * d }, random);
  const total = N * (d + 2);
  const outputs = new Float64Array(total);
  const report = reporter(total, settings);
  const point = new Float64Array(d);
  let done = 0;
  const run = (k: number) => {
    outputs[k] = meanAbsoluteRankShift(model.ranksAt(point), model.nominalRanks);
    report(++done);
  };
  for (let j = 0; j < N; j++) {
    point.set(A.subarray(j * d, (j + 1) * d));
    run(j);
  }
  for (let j = 0; j < N; j++) {
    point.set(B.subarray(j * d, (j + 1) * d));
    run(N + j);
  }
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < N; j++) {
      point.set(A.subarray(j * d, (j + 1) * d));
      point[i] = B[j * d + i]!;
      run((2 + i) * N + j);
    }
  }
  const indices = sobolIndices(outputs, N, d);
  return {
    status: "computed",
    runs: total,
    output: "mean-absolute-rank-shift",
    variance: indices.variance,
    factors: model.factors.map((factor, i) => ({ key: factor.key, kind: factor.kind, first: indices.first[i]!, total: indices.total[i]! })),
  };
}
