import { describe, expect, it } from "vitest";
import { benchmarkSettings, fingerprintOf, indexTimingsSchema, measureIndexTimings, measureWhatIf } from "./index-timing";
import { syntheticIndex } from "./synthetic-index";

const small = {
  problem: { regions: 20, indicators: 6, pillars: 3, seed: 13 },
  monteCarloRuns: 100,
  repeats: 2,
  sensitivityBaseRuns: 4,
  whatIfRepeats: 3,
};

describe("measureIndexTimings", () => {
  it("times each measure the number of times asked, and reports progress", () => {
    const progress: [number, number][] = [];
    const timings = indexTimingsSchema.parse(measureIndexTimings(small, (done, total) => progress.push([done, total])));
    expect(timings.monteCarloMs).toHaveLength(2);
    expect(timings.siteDefaultsMs).toHaveLength(2);
    expect(timings.sensitivityMs).toHaveLength(2);
    expect(timings.whatIfWeightMs).toHaveLength(3);
    expect(timings.whatIfMethodMs).toHaveLength(3);
    expect(timings.factors).toEqual(["weight:synthetic-pillar-1", "weight:synthetic-pillar-2", "weight:synthetic-pillar-3", "normalisation", "aggregation"]);
    // N (d + 2) runs: 4 × (5 + 2).
    expect(timings.sensitivityRuns).toBe(28);
    // 100 runs, a report every 50: two per Monte Carlo.
    expect(timings.progressReports).toBe(2);
    expect(progress).toContainEqual([100, 100]);
  });

  it("gives the same fingerprint twice, and another for other data", () => {
    const a = measureIndexTimings(small).fingerprint;
    expect(measureIndexTimings(small).fingerprint).toBe(a);
    expect(measureIndexTimings({ ...small, problem: { ...small.problem, seed: 14 } }).fingerprint).not.toBe(a);
  });

  it("times the what-if alone", () => {
    const timings = measureWhatIf(small);
    expect(timings.whatIfWeightMs).toHaveLength(3);
    expect(timings.whatIfMethodMs).toHaveLength(3);
  });
});

describe("benchmarkSettings", () => {
  it("varies the weights and two method choices, keeping the spec's own", () => {
    const { spec } = syntheticIndex({ regions: 10, indicators: 4, pillars: 2 });
    expect(benchmarkSettings(spec)).toMatchObject({ weightNoise: 0.25, alternatives: { normalisation: ["minmax", "rank"], aggregation: ["arithmetic", "geometric"] } });
  });
});

describe("fingerprintOf", () => {
  it("is FNV-1a", () => {
    expect(fingerprintOf("")).toBe("811c9dc5");
    expect(fingerprintOf("a")).toBe("e40c292c");
  });
});
