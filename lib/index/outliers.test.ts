import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyTreatment, chooseTreatment, kurtosis, passesSkewKurt, skewness, winsorise } from "./outliers";

const rule = { winsoriseMax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 };
const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("skewness and kurtosis", () => {
  // Reference values from scipy.stats.skew / kurtosis with bias=False (= e1071 type 2 = Excel SKEW / KURT).
  it("match the sample-adjusted (type 2) estimators COINr uses", () => {
    expect(skewness([1, 2, 3, 4, 10])).toBeCloseTo(1.6970562748477143, 12);
    expect(kurtosis([1, 2, 3, 4, 10])).toBeCloseTo(3.152, 12);
    expect(skewness([...oneToTen, 30, 100])).toBeCloseTo(3.0632410342394993, 12);
    expect(kurtosis([...oneToTen, 30, 100])).toBeCloseTo(9.741390834569144, 12);
  });

  it("are NaN with too few values or no spread", () => {
    expect(skewness([1, 2])).toBeNaN();
    expect(kurtosis([1, 2, 3])).toBeNaN();
    expect(skewness([4, 4, 4, 4])).toBeNaN();
  });

  it("skewness changes sign when the values do; kurtosis does not", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 5, maxLength: 30 }), (xs) => {
        const flipped = xs.map((x) => -x);
        const s = skewness(xs);
        if (Number.isNaN(s)) return;
        expect(skewness(flipped)).toBeCloseTo(-s, 6);
        expect(kurtosis(flipped)).toBeCloseTo(kurtosis(xs), 6);
      }),
    );
  });
});

describe("passesSkewKurt", () => {
  it("fails only when both |skew| and kurtosis reach their thresholds", () => {
    expect(passesSkewKurt([...oneToTen, 30, 100], rule)).toBe(false);
    // |skew| 1.70 < 2 although kurtosis 3.15 is near the threshold: passes.
    expect(passesSkewKurt([1, 2, 3, 4, 10], rule)).toBe(true);
    expect(passesSkewKurt([1, 2, 3, 4, 10], { ...rule, skewThreshold: 1.5, kurtosisThreshold: 3 })).toBe(false);
    // One criterion within its limit is enough: skew 1.70 < 2 passes although kurtosis 3.15 ≥ 3 does not.
    expect(passesSkewKurt([1, 2, 3, 4, 10], { ...rule, kurtosisThreshold: 3 })).toBe(true);
    expect(passesSkewKurt([1, 2, 3, 4, 10], { ...rule, skewThreshold: 1.5 })).toBe(true);
  });
});

describe("winsorise", () => {
  it("clamps the top outlier to the next value, as COINr's own example (1–10, 30, 100)", () => {
    const { treated, treatment, passes } = winsorise([...oneToTen, 30, 100], rule);
    expect([...treated]).toEqual([...oneToTen, 30, 30]);
    expect(treatment).toEqual({ kind: "winsorised", low: 1, high: 30, points: 1 });
    expect(passes).toBe(true);
  });

  it("winsorises the low side when the skew is negative", () => {
    const { treated, treatment } = winsorise([...oneToTen, -20, -90], rule);
    expect(treatment).toMatchObject({ kind: "winsorised", low: -20, points: 1 });
    expect(treated.at(-1)).toBe(-20);
  });

  it("stops at winsoriseMax points and reports that the indicator still fails", () => {
    const heavy = [...Array<number>(60).fill(1), 2, 4, 8, 16, 32, 64];
    const result = winsorise(heavy, rule);
    expect(result.treatment).toMatchObject({ kind: "winsorised", points: 5, high: 2 });
    expect(result.passes).toBe(false);
  });
});

describe("chooseTreatment", () => {
  it("leaves a passing indicator alone and follows the method otherwise", () => {
    expect(chooseTreatment(oneToTen, "winsorise", rule)).toEqual({ kind: "none" });
    expect(chooseTreatment([...oneToTen, 30, 100], "none", rule)).toEqual({ kind: "none" });
    expect(chooseTreatment([...oneToTen, 30, 100], "winsorise", rule).kind).toBe("winsorised");
    expect(chooseTreatment([...oneToTen, 30, 100], "log", rule)).toEqual({ kind: "log", min: 1, offset: 0.99 });
  });

  it("falls back to COINr's log_CT on the original values when five points are not enough", () => {
    const heavy = [...Array<number>(60).fill(1), 2, 4, 8, 16, 32, 64];
    const treatment = chooseTreatment(heavy, "winsorise", rule);
    expect(treatment).toEqual({ kind: "log", min: 1, offset: 0.63 });
    expect(applyTreatment(treatment, 64)).toBeCloseTo(Math.log(63.63), 12);
  });

  it("applies the same change to a figure outside the sample (the national figure)", () => {
    const clamp = { kind: "winsorised", low: 1, high: 30, points: 1 } as const;
    expect([applyTreatment(clamp, 100), applyTreatment(clamp, 12), applyTreatment(clamp, -5)]).toEqual([30, 12, 1]);
  });

  it("never changes the order of the values (treatments are monotone)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 6, maxLength: 40 }), fc.constantFrom("winsorise", "log" as const), (xs, method) => {
        const treatment = chooseTreatment(xs, method, rule);
        const sorted = [...xs].sort((a, b) => a - b).map((x) => applyTreatment(treatment, x));
        sorted.forEach((v, i) => i > 0 && expect(v).toBeGreaterThanOrEqual(sorted[i - 1]!));
      }),
    );
  });
});
