// Weights of the index: pillar weights and indicator weights within each pillar, each set scaled to sum
// to 1; "equal" ignores the stated ones; a stage-based scheme (like the GCR's) gives each region its own.
import type { IndexSpec } from "./spec";

/** The framework flattened for computing: which pillar each indicator column feeds, and the weights. */
export type Layout = {
  pillarKeys: string[];
  indicatorKeys: string[];
  /** Pillar index of each indicator, in spec order. */
  pillarOf: Int32Array;
  direction: Float64Array;
  /** Within-pillar weights, summing to 1 in each pillar. */
  indicatorWeights: Float64Array;
  /** Pillar weights, summing to 1. */
  pillarWeights: Float64Array;
};

/** Scales weights to sum to 1; all zero (or none) stays all zero so the caller can say so. */
export function normaliseWeights(weights: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(weights);
  let sum = 0;
  for (const w of out) sum += w;
  if (sum > 0) for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

export function layoutOf(spec: IndexSpec): Layout {
  const equal = spec.method.weighting === "equal";
  const pillarOf: number[] = [];
  const indicatorKeys: string[] = [];
  const direction: number[] = [];
  const indicatorWeights: number[] = [];
  spec.pillars.forEach((pillar, p) => {
    const within = normaliseWeights(pillar.indicators.map((i) => (equal ? 1 : i.weight)));
    pillar.indicators.forEach((indicator, i) => {
      pillarOf.push(p);
      indicatorKeys.push(indicator.key);
      direction.push(indicator.direction);
      indicatorWeights.push(within[i]!);
    });
  });
  return {
    pillarKeys: spec.pillars.map((p) => p.key),
    indicatorKeys,
    pillarOf: Int32Array.from(pillarOf),
    direction: Float64Array.from(direction),
    indicatorWeights: Float64Array.from(indicatorWeights),
    pillarWeights: normaliseWeights(spec.pillars.map((p) => (equal ? 1 : p.weight))),
  };
}

/** Maps a region to its pillar weights (pillar key → weight, any scale), e.g. by its stage of development. */
export type PillarWeightsFor = (region: string) => ReadonlyMap<string, number>;

/**
 * Pillar weights per region (row-major, regions × pillars, each row summing to 1): the layout's weights,
 * or those `weightsFor` gives. A pillar the map does not name weighs 0.
 */
export function pillarWeightsByRegion(layout: Layout, regions: readonly string[], weightsFor?: PillarWeightsFor): Float64Array {
  const width = layout.pillarKeys.length;
  const out = new Float64Array(regions.length * width);
  regions.forEach((region, r) => {
    const row = weightsFor ? normaliseWeights(layout.pillarKeys.map((k) => weightsFor(region).get(k) ?? 0)) : layout.pillarWeights;
    if (row.every((w) => w === 0)) throw new RangeError(`the pillar weights for ${region} are all zero`);
    out.set(row, r * width);
  });
  return out;
}
