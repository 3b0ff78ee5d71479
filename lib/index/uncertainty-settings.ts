// The Monte Carlo settings the site uses when an analyst has not chosen their own: every pillar weight
// varied by ±25 %, and each method choice tried against one common alternative. Derived from the spec, so
// the alternatives always include the spec's own choice and never pair z-scores with a geometric mean.
// computeWithUncertainty runs the index and its Monte Carlo with them (the API, the /index page).
import { computeIndex, type IndexResult } from "./compute";
import type { Alternatives, ModelSettings } from "./model";
import type { IndexData, IndexSpec } from "./spec";
import { analyseUncertainty, type UncertaintyResult } from "./uncertainty";

export const defaultRuns = 1000;
export const defaultSeed = 20_141;
export const defaultWeightNoise = 0.25;

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

export function defaultAlternatives(spec: IndexSpec): Alternatives {
  const { normalisation, aggregation, outliers, imputation } = spec.method;
  return {
    // Ranks keep only the order of the figures: the furthest common alternative to a scale-based method.
    normalisation: unique([normalisation, normalisation === "rank" ? "minmax" : "rank"]),
    // A geometric mean punishes an uneven profile; it needs non-negative scores, so not with z-scores.
    aggregation: normalisation === "zscore" ? [aggregation] : unique([aggregation, aggregation === "geometric" ? "arithmetic" : "geometric"]),
    outliers: unique([outliers, outliers === "none" ? "winsorise" : "none"]),
    imputation: unique([imputation, imputation === "none" ? "last-year" : "none"]),
  };
}

export type UncertaintyDefaults = ModelSettings & { runs: number; seed: number };

export function defaultUncertaintySettings(spec: IndexSpec): UncertaintyDefaults {
  return { runs: defaultRuns, seed: defaultSeed, weightNoise: defaultWeightNoise, alternatives: defaultAlternatives(spec) };
}

export type IndexComputation = { result: IndexResult; uncertainty: UncertaintyResult; settings: UncertaintyDefaults };

/** The index with the spec's own method, and its rank intervals under the default perturbations. */
export function computeWithUncertainty(spec: IndexSpec, data: IndexData): IndexComputation {
  const settings = defaultUncertaintySettings(spec);
  const result = computeIndex(spec, data);
  const uncertainty: UncertaintyResult =
    result.status === "computed" ? analyseUncertainty(spec, data, settings) : { status: "invalid", reason: "the index could not be computed" };
  return { result, uncertainty, settings };
}
