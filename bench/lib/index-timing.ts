// The measurements of bench/index, as one function that runs unchanged in Node and in a browser's Web
// Worker (no Node APIs; performance.now() exists in both): Monte Carlo, sensitivity and what-if times on
// the synthetic index, each repeated after a warm-up, and a fingerprint of the answer to compare the two.
import { z } from "zod";
import { computeIndex } from "@/lib/index/compute";
import type { IndexSpec } from "@/lib/index/spec";
import { analyseSensitivity, analyseUncertainty, type RunSettings } from "@/lib/index/uncertainty";
import { defaultSeed, defaultUncertaintySettings } from "@/lib/index/uncertainty-settings";
import { syntheticIndex } from "./synthetic-index";

export const indexTimingOptionsSchema = z.object({
  problem: z.object({ regions: z.number().int().positive(), indicators: z.number().int().positive(), pillars: z.number().int().positive(), seed: z.number().int() }),
  monteCarloRuns: z.number().int().positive(),
  /** Timed repeats of each Monte Carlo and sensitivity measure, after one untimed warm-up. */
  repeats: z.number().int().positive(),
  sensitivityBaseRuns: z.number().int().min(2),
  whatIfRepeats: z.number().int().positive(),
});
export type IndexTimingOptions = z.infer<typeof indexTimingOptionsSchema>;

const times = z.array(z.number().nonnegative());

export const whatIfTimingsSchema = z.object({
  /** computeIndex after the first pillar's weight changes. */
  whatIfWeightMs: times,
  /** computeIndex after the normalisation changes (min-max ⇄ rank). */
  whatIfMethodMs: times,
});
export type WhatIfTimings = z.infer<typeof whatIfTimingsSchema>;

/** What a measurement returns; parsed where it crosses from a Web Worker through a page into Node. */
export const indexTimingsSchema = whatIfTimingsSchema.extend({
  regions: z.number().int(),
  indicators: z.number().int(),
  /** Regions ranked (the rest fail the coverage rule). */
  ranked: z.number().int(),
  factors: z.array(z.string()),
  monteCarloMs: times,
  /** The same runs with the site's defaults (lib/index/uncertainty-settings.ts: four method choices). */
  siteDefaultsMs: times,
  sensitivityRuns: z.number().int(),
  sensitivityMs: times,
  /** How often the Monte Carlo reported progress in its last timed run. */
  progressReports: z.number().int(),
  /** A hash of the Monte Carlo's rank intervals: equal in Node and Chromium when both compute the same. */
  fingerprint: z.string(),
});
export type IndexTimings = z.infer<typeof indexTimingsSchema>;

/** Weight noise ±25 % on every pillar and two options each for normalisation and aggregation. */
export function benchmarkSettings(spec: IndexSpec): RunSettings {
  const { normalisation, aggregation } = spec.method;
  return {
    seed: defaultSeed,
    weightNoise: 0.25,
    alternatives: { normalisation: [normalisation, "rank"], aggregation: [aggregation, "geometric"] },
    progressEvery: 50,
  };
}

/** FNV-1a over a string, as 8 hex digits. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function timed(repeats: number, work: (i: number) => void): number[] {
  work(-1); // warm-up: JIT and first-use allocations stay out of the figures
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** A what-if edit: the first pillar's weight moved to one of a few values, as a slider would. */
function withFirstPillarWeight(spec: IndexSpec, step: number): IndexSpec {
  const weight = 1 + (((step % 4) + 4) % 4) * 0.5;
  return { ...spec, pillars: spec.pillars.map((pillar, p) => (p === 0 ? { ...pillar, weight } : pillar)) };
}

function withNormalisation(spec: IndexSpec, step: number): IndexSpec {
  return { ...spec, method: { ...spec.method, normalisation: step % 2 ? "minmax" : "rank" } };
}

export function measureIndexTimings(options: IndexTimingOptions, onProgress?: (done: number, total: number) => void): IndexTimings {
  const { spec, data } = syntheticIndex(options.problem);
  const settings = benchmarkSettings(spec);
  let progressReports = 0;
  let fingerprint = "";
  let factors: string[] = [];
  const monteCarlo = (runSettings: RunSettings, keep: boolean) => {
    const result = analyseUncertainty(spec, data, {
      ...runSettings,
      runs: options.monteCarloRuns,
      onProgress: (done, total) => {
        progressReports++;
        onProgress?.(done, total);
      },
    });
    if (result.status !== "computed") throw new Error(`Monte Carlo did not run: ${result.reason}`);
    if (!keep) return;
    fingerprint = fingerprintOf(JSON.stringify(result.regions));
    factors = result.factors;
  };
  const monteCarloMs = timed(options.repeats, () => {
    progressReports = 0;
    monteCarlo(settings, true);
  });
  const reports = progressReports;
  const siteDefaultsMs = timed(options.repeats, () => monteCarlo(defaultUncertaintySettings(spec), false));

  let sensitivityRuns = 0;
  const sensitivityMs = timed(options.repeats, () => {
    const result = analyseSensitivity(spec, data, { ...settings, baseRuns: options.sensitivityBaseRuns });
    if (result.status !== "computed") throw new Error(`sensitivity did not run: ${result.reason}`);
    sensitivityRuns = result.runs;
  });

  const nominal = computeIndex(spec, data);
  return {
    regions: data.regions.length,
    indicators: data.indicators.length,
    ranked: nominal.status === "computed" ? nominal.regions.length : 0,
    factors,
    monteCarloMs,
    siteDefaultsMs,
    sensitivityRuns,
    sensitivityMs,
    ...measureWhatIf(options),
    progressReports: reports,
    fingerprint,
  };
}

/** The what-if recomputes alone, for a browser's main thread, where a what-if panel would run them. */
export function measureWhatIf(options: Pick<IndexTimingOptions, "problem" | "whatIfRepeats">): WhatIfTimings {
  const { spec, data } = syntheticIndex(options.problem);
  const whatIf = (edit: (spec: IndexSpec, step: number) => IndexSpec) => (step: number) => {
    if (computeIndex(edit(spec, step), data).status !== "computed") throw new Error("what-if: the index did not compute");
  };
  return {
    whatIfWeightMs: timed(options.whatIfRepeats, whatIf(withFirstPillarWeight)),
    whatIfMethodMs: timed(options.whatIfRepeats, whatIf(withNormalisation)),
  };
}
