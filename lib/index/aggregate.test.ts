import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { aggregateScores, weightedMean } from "./aggregate";
import { sampleSpec } from "./test-fixtures";
import { layoutOf } from "./weights";

describe("weightedMean", () => {
  it("is the weighted arithmetic mean, skipping missing values and rescaling the rest", () => {
    expect(weightedMean([10, 40], [0.75, 0.25], "arithmetic")).toBe(17.5);
    expect(weightedMean([10, NaN, 40], [0.5, 0.25, 0.25], "arithmetic")).toBe(20);
    expect(weightedMean([NaN], [1], "arithmetic")).toBeNaN();
  });

  it("takes the geometric mean of score + 1, so a zero does not zero the whole", () => {
    // (1 · 101)^½ − 1 = √101 − 1
    expect(weightedMean([0, 100], [0.5, 0.5], "geometric")).toBeCloseTo(Math.sqrt(101) - 1, 12);
    expect(weightedMean([3, 3], [0.2, 0.8], "geometric")).toBeCloseTo(3, 12);
  });

  it("geometric ≤ arithmetic, equal when all scores are equal", () => {
    const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(scores, fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 20, maxLength: 20 }), (values, weights) => {
        const w = weights.slice(0, values.length);
        expect(weightedMean(values, w, "geometric")).toBeLessThanOrEqual(weightedMean(values, w, "arithmetic") + 1e-9);
      }),
    );
  });
});

describe("aggregateScores", () => {
  const layout = layoutOf(sampleSpec());
  const scores = {
    rows: 2,
    columns: 4,
    cells: Float64Array.from([0, 60, 30, 90, NaN, 40, NaN, NaN]),
  };

  it("averages indicators into pillars and pillars into the index (arithmetic)", () => {
    const { index, pillars } = aggregateScores(scores, layout, Float64Array.from([0.5, 0.5, 0.5, 0.5]), "arithmetic");
    // row 0: science (0 + 60) / 2 = 30; industry 30·2/3 + 90·1/3 = 50; index 40.
    // row 1: science 40 (patents only); industry has no figure; index = science alone.
    expect([...pillars.cells]).toEqual([30, 50, 40, NaN]);
    expect([...index]).toEqual([40, 40]);
  });

  it("uses each region's own pillar weights", () => {
    const { index } = aggregateScores(scores, layout, Float64Array.from([0.2, 0.8, 1, 0]), "arithmetic");
    expect(index[0]).toBeCloseTo(30 * 0.2 + 50 * 0.8, 12);
  });

  it("gives pillar and index scores no higher geometrically than arithmetically", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 12, maxLength: 12 }), (cells) => {
        const matrix = { rows: 3, columns: 4, cells: Float64Array.from(cells) };
        const weights = Float64Array.from([0.3, 0.7, 0.5, 0.5, 0.9, 0.1]);
        const arithmetic = aggregateScores(matrix, layout, weights, "arithmetic");
        const geometric = aggregateScores(matrix, layout, weights, "geometric");
        geometric.index.forEach((g, r) => expect(g).toBeLessThanOrEqual(arithmetic.index[r]! + 1e-9));
        geometric.pillars.cells.forEach((g, k) => expect(g).toBeLessThanOrEqual(arithmetic.pillars.cells[k]! + 1e-9));
      }),
    );
  });
});
