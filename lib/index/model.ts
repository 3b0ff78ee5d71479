// The index as a function of its uncertain inputs, for Monte Carlo: each run is a point in [0, 1)^d
// (one coordinate per pillar weight and per uncertain method choice) and gives every region's rank.
import { indexFromPillarMeans, pillarMeans } from "./aggregate";
import type { Matrix } from "./impute";
import { prepareScores, screenData, type MethodChoices, type Prepared, type Screened } from "./prepare";
import { competitionRanks } from "./rank";
import type { Aggregation, IndexData, IndexSpec, Imputation, Normalisation, OutlierTreatment } from "./spec";
import { pillarWeightsByRegion, type PillarWeightsFor } from "./weights";

/** The alternatives tried for each method choice; a choice not listed stays as the spec has it. */
export type Alternatives = {
  imputation?: readonly Imputation[];
  outliers?: readonly OutlierTreatment[];
  normalisation?: readonly Normalisation[];
  aggregation?: readonly Aggregation[];
};

export type ModelSettings = {
  /** ±share of uniform noise on each pillar weight, in [0, 1) (0.25: each weight × U(0.75, 1.25)), then rescaled to sum 1. */
  weightNoise?: number;
  alternatives?: Alternatives;
  pillarWeightsFor?: PillarWeightsFor;
};

export type Factor =
  | { key: string; kind: "pillar-weight"; pillar: number }
  | { key: string; kind: "choice"; choice: "imputation"; options: readonly Imputation[] }
  | { key: string; kind: "choice"; choice: "outliers"; options: readonly OutlierTreatment[] }
  | { key: string; kind: "choice"; choice: "normalisation"; options: readonly Normalisation[] }
  | { key: string; kind: "choice"; choice: "aggregation"; options: readonly Aggregation[] };

export type Model = {
  regions: string[];
  factors: Factor[];
  /** Ranks with the spec's own choices and weights. */
  nominalRanks: Float64Array;
  /** Ranks for one point u ∈ [0, 1)^factors.length. */
  ranksAt: (u: ArrayLike<number>) => Float64Array;
};

export type ModelBuild = { status: "ready"; model: Model } | { status: "invalid"; reason: string };

/** A coordinate u ∈ [0, 1) picks one of k options with equal probability. */
export function pick<T>(options: readonly T[], u: number): T {
  return options[Math.min(options.length - 1, Math.floor(u * options.length))]!;
}

function factorsOf(screened: Screened, settings: ModelSettings): Factor[] {
  const factors: Factor[] = [];
  if ((settings.weightNoise ?? 0) > 0) screened.layout.pillarKeys.forEach((key, pillar) => factors.push({ key: `weight:${key}`, kind: "pillar-weight", pillar }));
  const alternatives = settings.alternatives ?? {};
  // Only a choice with two or more options is uncertain; one option is simply a different nominal method.
  if ((alternatives.imputation?.length ?? 0) > 1) factors.push({ key: "imputation", kind: "choice", choice: "imputation", options: alternatives.imputation! });
  if ((alternatives.outliers?.length ?? 0) > 1) factors.push({ key: "outliers", kind: "choice", choice: "outliers", options: alternatives.outliers! });
  if ((alternatives.normalisation?.length ?? 0) > 1) factors.push({ key: "normalisation", kind: "choice", choice: "normalisation", options: alternatives.normalisation! });
  if ((alternatives.aggregation?.length ?? 0) > 1) factors.push({ key: "aggregation", kind: "choice", choice: "aggregation", options: alternatives.aggregation! });
  return factors;
}

export function buildModel(spec: IndexSpec, data: IndexData, settings: ModelSettings = {}): ModelBuild {
  const noise = settings.weightNoise ?? 0;
  if (!(noise >= 0 && noise < 1)) return { status: "invalid", reason: "the weight noise must be at least 0 and below 1" };
  const screened = screenData(spec, data);
  if (screened.regions.length === 0) return { status: "invalid", reason: "no region has enough figures" };
  const alternatives = settings.alternatives ?? {};
  // The nominal ranks are the spec's own method's, whatever the alternatives list.
  const { imputation, outliers, normalisation, aggregation } = spec.method;
  const nominal = { imputation, outliers, normalisation, aggregation };
  const normalisationOptions = [normalisation, ...(alternatives.normalisation ?? [])];
  const aggregationOptions = [aggregation, ...(alternatives.aggregation ?? [])];
  if (normalisationOptions.includes("zscore") && aggregationOptions.includes("geometric")) {
    return { status: "invalid", reason: "z-scores cannot be aggregated geometrically; drop one of the two alternatives" };
  }
  const { layout } = screened;
  const factors = factorsOf(screened, settings);
  const baseWeights = pillarWeightsByRegion(layout, screened.regions, settings.pillarWeightsFor);
  const noisyWeights = new Float64Array(baseWeights.length);
  const pillarCount = layout.pillarKeys.length;

  // Imputation, treatment and normalisation do not depend on the weights: each combination is prepared once.
  // The pillar means do not depend on the pillar weights either: each run only re-weights them.
  const cache = new Map<string, { prepared: Prepared; means: Partial<Record<Aggregation, Matrix>> }>();
  const prepared = (choices: MethodChoices) => {
    const key = `${choices.imputation}|${choices.outliers}|${choices.normalisation}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = { prepared: prepareScores(screened, choices, spec.method.outlierRule), means: {} };
      cache.set(key, entry);
    }
    return entry;
  };

  const ranksWith = (choices: MethodChoices & { aggregation: Aggregation }, weights: Float64Array) => {
    const entry = prepared(choices);
    const means = (entry.means[choices.aggregation] ??= pillarMeans(entry.prepared.scores, layout, choices.aggregation));
    return competitionRanks(indexFromPillarMeans(means, weights, choices.aggregation));
  };

  const ranksAt = (u: ArrayLike<number>) => {
    const choices = { ...nominal };
    noisyWeights.set(baseWeights);
    factors.forEach((factor, i) => {
      const ui = u[i]!;
      if (factor.kind === "pillar-weight") {
        const multiplier = 1 + noise * (2 * ui - 1);
        // The aggregation divides by the weights' sum, so scaling one pillar rescales the whole row to 1.
        for (let r = factor.pillar; r < noisyWeights.length; r += pillarCount) noisyWeights[r]! *= multiplier;
      } else if (factor.choice === "imputation") choices.imputation = pick(factor.options, ui);
      else if (factor.choice === "outliers") choices.outliers = pick(factor.options, ui);
      else if (factor.choice === "normalisation") choices.normalisation = pick(factor.options, ui);
      else choices.aggregation = pick(factor.options, ui);
    });
    return ranksWith(choices, noisyWeights);
  };

  return { status: "ready", model: { regions: screened.regions, factors, nominalRanks: ranksWith(nominal, baseWeights), ranksAt } };
}
