import { describe, expect, it } from "vitest";
import { pick } from "./model";
import { seededRandom } from "./random";
import { sampleData, sampleSpec, syntheticData, syntheticSpec } from "./test-fixtures";
import { analyseSensitivity, analyseUncertainty, meanAbsoluteRankShift, quantileOfSorted, sobolIndices } from "./uncertainty";

/** Runs a test function on a Saltelli design, laid out as sobolIndices expects. */
function saltelliOutputs(f: (x: number[]) => number, N: number, d: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const A = Array.from({ length: N }, () => Array.from({ length: d }, random));
  const B = Array.from({ length: N }, () => Array.from({ length: d }, random));
  const ys = [...A.map(f), ...B.map(f)];
  for (let i = 0; i < d; i++) ys.push(...A.map((row, j) => f(row.map((v, k) => (k === i ? B[j]![i]! : v)))));
  return Float64Array.from(ys);
}

describe("sobolIndices (COINr's SA_estimate)", () => {
  it("recovers the analytic indices of y = x₁ + 2x₂ + 3x₃ (1/14, 4/14, 9/14; additive, so first = total)", () => {
    const N = 20_000;
    const { first, total, variance } = sobolIndices(saltelliOutputs(([a, b, c]) => a! + 2 * b! + 3 * c!, N, 3, 11), N, 3);
    expect(variance).toBeCloseTo(14 / 12, 1);
    [1 / 14, 4 / 14, 9 / 14].forEach((expected, i) => {
      expect(first[i]).toBeCloseTo(expected, 1);
      expect(total[i]).toBeCloseTo(expected, 1);
    });
  });

  it("gives a pure interaction a total index above its first-order one", () => {
    const N = 20_000;
    // y = (x₁ − ½)(x₂ − ½): no first-order effect at all, everything is interaction.
    const { first, total } = sobolIndices(saltelliOutputs(([a, b]) => (a! - 0.5) * (b! - 0.5), N, 2, 5), N, 2);
    expect(Math.abs(first[0]!)).toBeLessThan(0.05);
    expect(total[0]).toBeCloseTo(1, 1);
  });

  it("refuses outputs of the wrong length and gives 0 when nothing varies", () => {
    expect(() => sobolIndices(new Float64Array(7), 2, 2)).toThrow("expected 8 outputs");
    expect(sobolIndices(new Float64Array(8).fill(3), 2, 2)).toEqual({ variance: 0, first: [0, 0], total: [0, 0] });
  });
});

describe("helpers", () => {
  it("pick maps [0, 1) evenly onto the options", () => {
    expect([0, 0.33, 0.34, 0.99, 0.999999].map((u) => pick(["a", "b", "c"], u))).toEqual(["a", "a", "b", "c", "c"]);
  });

  it("quantileOfSorted interpolates like PERCENTILE.INC", () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfSorted([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 12);
  });

  it("meanAbsoluteRankShift skips unranked regions", () => {
    expect(meanAbsoluteRankShift([1, 3, NaN], [2, 1, 3])).toBe(1.5);
  });
});

describe("analyseUncertainty", () => {
  const spec = syntheticSpec(12, 3);
  const data = syntheticData(40, 12);
  const settings = { seed: 7, runs: 200, weightNoise: 0.5, alternatives: { normalisation: ["minmax", "rank"] as const } };

  it("gives the same answer for the same seed, another for another seed", () => {
    const first = analyseUncertainty(spec, data, settings);
    expect(analyseUncertainty(spec, data, settings)).toEqual(first);
    expect(analyseUncertainty(spec, data, { ...settings, seed: 8 })).not.toEqual(first);
  });

  it("gives every region an interval low ≤ median ≤ high within 1…n", () => {
    const result = analyseUncertainty(spec, data, settings);
    if (result.status !== "computed") throw new Error(result.reason);
    expect(result.factors).toEqual(["weight:p0", "weight:p1", "weight:p2", "normalisation"]);
    for (const r of result.regions) {
      expect(r.low).toBeGreaterThanOrEqual(1);
      expect(r.low).toBeLessThanOrEqual(r.medianRank);
      expect(r.medianRank).toBeLessThanOrEqual(r.high);
      expect(r.high).toBeLessThanOrEqual(result.regions.length);
    }
    expect(result.regions.some((r) => r.high > r.low)).toBe(true);
  });

  it("collapses every interval onto the nominal rank when nothing is uncertain", () => {
    const result = analyseUncertainty(sampleSpec(), sampleData, { seed: 1, runs: 20 });
    if (result.status !== "computed") throw new Error(result.reason);
    expect(result.regions.map((r) => [r.region, r.nominalRank, r.medianRank, r.low, r.high])).toEqual([
      ["a", 4, 4, 4, 4],
      ["b", 3, 3, 3, 3],
      ["c", 1, 1, 1, 1],
      ["d", 2, 2, 2, 2],
    ]);
  });

  it("reports progress every n runs and at the end", () => {
    const seen: [number, number][] = [];
    analyseUncertainty(spec, data, { ...settings, runs: 90, progressEvery: 25, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [25, 90],
      [50, 90],
      [75, 90],
      [90, 90],
    ]);
  });

  it("refuses a weight noise that could zero or flip a weight", () => {
    expect(analyseUncertainty(spec, data, { ...settings, weightNoise: 1 })).toMatchObject({ status: "invalid" });
    expect(analyseUncertainty(spec, data, { ...settings, weightNoise: -0.1 })).toMatchObject({ status: "invalid" });
  });

  it("refuses alternatives that would aggregate z-scores geometrically", () => {
    expect(analyseUncertainty(spec, data, { seed: 1, runs: 5, alternatives: { normalisation: ["minmax", "zscore"], aggregation: ["arithmetic", "geometric"] } })).toMatchObject({
      status: "invalid",
    });
  });
});

describe("analyseSensitivity", () => {
  const spec = syntheticSpec(12, 3);
  const data = { ...syntheticData(40, 12), values: syntheticData(40, 12).values.map((row) => row.map((v) => v ?? 1)) };

  it("runs N(d + 2) times and finds no effect of a choice that changes nothing (no gaps to impute)", () => {
    const result = analyseSensitivity(spec, data, { seed: 3, baseRuns: 64, weightNoise: 0.5, alternatives: { imputation: ["none", "group-mean"] } });
    if (result.status !== "computed") throw new Error(result.reason);
    expect(result.runs).toBe(64 * (4 + 2));
    const imputation = result.factors.find((f) => f.key === "imputation")!;
    expect(imputation).toMatchObject({ first: expect.closeTo(0, 1), total: 0 });
    expect(result.factors.filter((f) => f.kind === "pillar-weight").some((f) => f.total > 0.05)).toBe(true);
  });

  it("is deterministic and says when nothing is uncertain", () => {
    const settings = { seed: 9, baseRuns: 16, alternatives: { aggregation: ["arithmetic", "geometric"] as const } };
    expect(analyseSensitivity(spec, data, settings)).toEqual(analyseSensitivity(spec, data, settings));
    expect(analyseSensitivity(spec, data, { seed: 1, baseRuns: 16 })).toMatchObject({ status: "invalid" });
  });
});
