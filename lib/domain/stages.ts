// Classifies a GDP per capita into a stage band, finds the next threshold, and derives subindex weights.
import type { StageBand, StageScheme, SubindexWeights } from "./stage-scheme";

function assertGdp(gdpPerCapitaUsd: number): void {
  if (!Number.isFinite(gdpPerCapitaUsd) || gdpPerCapitaUsd <= 0) {
    throw new RangeError(`GDP per capita must be a positive finite number, got ${gdpPerCapitaUsd}`);
  }
}

function isBelowUpperBound(band: StageBand, gdpPerCapitaUsd: number): boolean {
  if (band.maxUsd === null) return true;
  return band.maxInclusive ? gdpPerCapitaUsd <= band.maxUsd : gdpPerCapitaUsd < band.maxUsd;
}

export function classifyGdp(scheme: StageScheme, gdpPerCapitaUsd: number): StageBand {
  assertGdp(gdpPerCapitaUsd);
  const band = scheme.bands.find((b) => isBelowUpperBound(b, gdpPerCapitaUsd));
  if (!band) throw new Error(`scheme ${scheme.key} has no open-ended last band`);
  return band;
}

export type NextThreshold = {
  band: StageBand;
  thresholdUsd: number;
  /** USD still to gain; 0 when the figure sits on an inclusive upper bound. */
  gapUsd: number;
};

export function nextThreshold(scheme: StageScheme, gdpPerCapitaUsd: number): NextThreshold | null {
  const current = classifyGdp(scheme, gdpPerCapitaUsd);
  const next = scheme.bands.find((b) => b.order === current.order + 1);
  if (!next || current.maxUsd === null) return null;
  return { band: next, thresholdUsd: current.maxUsd, gapUsd: Math.max(0, current.maxUsd - gdpPerCapitaUsd) };
}

/**
 * Subindex weights at a GDP per capita. In a transition band the weights move linearly with GDP per
 * capita from the lower neighbour's weights to the upper neighbour's. GCR 2014-2015 (chapter 1.1) says
 * only that weights "change smoothly" for economies in transition; linear interpolation is our reading
 * of that rule, and the stage page says so.
 */
export function subindexWeights(scheme: StageScheme, gdpPerCapitaUsd: number): SubindexWeights {
  const band = classifyGdp(scheme, gdpPerCapitaUsd);
  if (band.weights) return band.weights;
  const lower = scheme.bands.find((b) => b.order === band.order - 1)?.weights;
  const upper = scheme.bands.find((b) => b.order === band.order + 1)?.weights;
  if (!lower || !upper || band.minUsd === null || band.maxUsd === null) {
    throw new Error(`transition band ${band.key} needs weighted neighbours and both bounds`);
  }
  const t = (gdpPerCapitaUsd - band.minUsd) / (band.maxUsd - band.minUsd);
  const mix = (a: number, b: number) => a + (b - a) * t;
  return {
    basic: mix(lower.basic, upper.basic),
    efficiency: mix(lower.efficiency, upper.efficiency),
    innovation: mix(lower.innovation, upper.innovation),
  };
}
