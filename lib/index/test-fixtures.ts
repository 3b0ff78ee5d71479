// A small framework and data set for the index tests, computed by hand in compute.test.ts.
import { indexSpecSchema, type IndexData, type IndexSpec, type IndexSpecInput } from "./spec";

export const sampleSpecInput = {
  key: "sample-index",
  version: "1.0.0",
  title: "Sample index",
  pillars: [
    {
      key: "science",
      label: "Science",
      weight: 1,
      indicators: [
        { key: "rd-intensity", label: "R&D intensity", direction: 1, weight: 1 },
        { key: "patents", label: "Patents", direction: 1, weight: 1 },
      ],
    },
    {
      key: "industry",
      label: "Industry",
      weight: 1,
      indicators: [
        { key: "hi-tech-share", label: "High-tech share", direction: 1, weight: 2 },
        { key: "energy-intensity", label: "Energy intensity", direction: -1, weight: 1 },
      ],
    },
  ],
  method: { normalisation: "minmax", imputation: "none", outliers: "none", aggregation: "arithmetic", coverage: { minIndicatorShare: 0.5 } },
} satisfies IndexSpecInput;

export function sampleSpec(method: Partial<IndexSpecInput["method"]> = {}): IndexSpec {
  return indexSpecSchema.parse({ ...sampleSpecInput, method: { ...sampleSpecInput.method, ...method } });
}

export const sampleData: IndexData = {
  regions: ["a", "b", "c", "d", "e"],
  indicators: ["rd-intensity", "patents", "hi-tech-share", "energy-intensity"],
  values: [
    [1, 10, 5, 2],
    [2, 30, 5, 1],
    [3, 20, 15, 3],
    [null, 40, null, 4],
    [null, null, null, 1],
  ],
  reference: [2, 25, 10, 2.5],
};

/** `regions` × `indicators` of deterministic, varied figures, for speed checks and Monte Carlo tests. */
export function syntheticData(regions: number, indicators: number, seed = 1): IndexData {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    regions: Array.from({ length: regions }, (_, r) => `r${r}`),
    indicators: Array.from({ length: indicators }, (_, c) => `i${c}`),
    values: Array.from({ length: regions }, () => Array.from({ length: indicators }, () => (next() < 0.05 ? null : Math.exp(3 * next())))),
    reference: Array.from({ length: indicators }, () => 4),
  };
}

/** A spec over `syntheticData`'s indicators, in `pillars` pillars of equal size. */
export function syntheticSpec(indicators: number, pillars: number, method: Partial<IndexSpecInput["method"]> = {}): IndexSpec {
  const perPillar = Math.ceil(indicators / pillars);
  return indexSpecSchema.parse({
    key: "synthetic",
    version: "0.1.0",
    title: "Synthetic",
    pillars: Array.from({ length: pillars }, (_, p) => ({
      key: `p${p}`,
      label: `Pillar ${p}`,
      weight: p + 1,
      indicators: Array.from({ length: Math.min(perPillar, indicators - p * perPillar) }, (_, i) => ({
        key: `i${p * perPillar + i}`,
        label: `Indicator ${p * perPillar + i}`,
        direction: i % 5 === 4 ? -1 : 1,
        weight: 1 + (i % 3),
      })),
    })),
    method: { normalisation: "minmax", imputation: "group-mean", outliers: "winsorise", aggregation: "arithmetic", coverage: { minIndicatorShare: 0.6 }, ...method },
  });
}
