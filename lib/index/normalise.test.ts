import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitNormaliser, normaliseValue, type Normaliser } from "./normalise";
import type { Normalisation } from "./spec";

function normaliseAll(method: Normalisation, values: number[], reference: number | null = null): number[] {
  const fit = fitNormaliser(method, values, reference);
  if (fit.status !== "fitted") throw new Error(fit.reason);
  return values.map((v) => normaliseValue(fit.normaliser, v));
}

const finiteValues = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });

describe("min-max", () => {
  it("puts the lowest at 0 and the highest at 100", () => {
    expect(normaliseAll("minmax", [10, 20, 30, 50])).toEqual([0, 25, 50, 100]);
  });

  it("gives 50 to every region when the indicator does not vary", () => {
    expect(normaliseAll("minmax", [7, 7, 7])).toEqual([50, 50, 50]);
  });

  it("stays within [0, 100], for outside figures too", () => {
    fc.assert(
      fc.property(finiteValues, fc.double({ min: -1e7, max: 1e7, noNaN: true }), (values, outside) => {
        const fit = fitNormaliser("minmax", values, null);
        if (fit.status !== "fitted") throw new Error("not fitted");
        for (const v of [...values, outside]) {
          const score = normaliseValue(fit.normaliser, v);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe("z-score", () => {
  it("uses the sample standard deviation", () => {
    // mean 5, squared deviations 9 + 1 + 1 + 25 = 36, sample variance 36 / 3 = 12
    const scores = normaliseAll("zscore", [2, 4, 4, 10]);
    expect(scores[0]).toBeCloseTo(-3 / Math.sqrt(12), 12);
    expect(scores[3]).toBeCloseTo(5 / Math.sqrt(12), 12);
  });

  it("is 0 for all when there is no spread", () => {
    expect(normaliseAll("zscore", [3, 3])).toEqual([0, 0]);
  });
});

describe("rank", () => {
  it("gives mid-rank percentiles, ties sharing the mean of their ranks", () => {
    expect(normaliseAll("rank", [10, 30, 20, 20, 50])).toEqual([0, 75, 37.5, 37.5, 100]);
  });

  it("places a figure between two regions halfway between their scores", () => {
    const fit = fitNormaliser("rank", [10, 20, 30], null);
    if (fit.status !== "fitted") throw new Error("not fitted");
    expect(normaliseValue(fit.normaliser, 25)).toBe(75);
    expect(normaliseValue(fit.normaliser, 99)).toBe(100);
  });

  it("does not change under a strictly increasing transform of the values", () => {
    const monotone = (x: number) => Math.sign(x) * Math.cbrt(Math.abs(x)) * 7 + 3;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }), (values) => {
        expect(normaliseAll("rank", values.map(monotone))).toEqual(normaliseAll("rank", values));
      }),
    );
  });
});

describe("distance to a reference or to the best", () => {
  it("gives 100 at the target and the relative gap around it", () => {
    expect(normaliseAll("distance-to-reference", [50, 100, 150], 100)).toEqual([50, 100, 150]);
    expect(normaliseAll("distance-to-best", [50, 100, 200])).toEqual([25, 50, 100]);
  });

  it("works with direction applied (negated figures): less is better", () => {
    // Energy use 80 against a national 100, direction −1: 20 % better → 120.
    expect(normaliseAll("distance-to-reference", [-80, -100], -100)).toEqual([120, 100]);
  });

  it("says why it cannot normalise", () => {
    expect(fitNormaliser("distance-to-reference", [1, 2], null)).toEqual({ status: "not-normalisable", reason: "no-reference" });
    expect(fitNormaliser("distance-to-reference", [1, 2], 0)).toEqual({ status: "not-normalisable", reason: "zero-target" });
    expect(fitNormaliser("distance-to-best", [-1, 0], null)).toEqual({ status: "not-normalisable", reason: "zero-target" });
    expect(fitNormaliser("minmax", [], null)).toEqual({ status: "not-normalisable", reason: "no-values" });
  });
});

it("every normaliser keeps the order of the values", () => {
  const methods: Normalisation[] = ["minmax", "zscore", "rank", "distance-to-reference", "distance-to-best"];
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 2, maxLength: 30 }), fc.constantFrom(...methods), (values, method) => {
      const fit = fitNormaliser(method, values, 500);
      const normaliser = (fit as { normaliser: Normaliser }).normaliser;
      const sorted = [...values].sort((a, b) => a - b);
      const scores = sorted.map((v) => normaliseValue(normaliser, v));
      scores.forEach((s, i) => i > 0 && expect(s).toBeGreaterThanOrEqual(scores[i - 1]!));
    }),
  );
});
