import { describe, expect, it } from "vitest";
import { correlationMatrix, pearson } from "./correlation";
import type { IndexData } from "./spec";

describe("pearson", () => {
  it("is 1 for a straight rising line and −1 for a falling one", () => {
    expect(pearson([1, 2, 3, 4], [10, 20, 30, 40])).toEqual({ r: 1, n: 4 });
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toEqual({ r: -1, n: 4 });
  });

  it("matches a hand computation", () => {
    // x = 1, 2, 3; y = 1, 3, 2: means 2 and 2; Σdxdy = 1, Σdx² = 2, Σdy² = 2, so r = 1 / 2.
    expect(pearson([1, 2, 3], [1, 3, 2]).r).toBeCloseTo(0.5, 12);
    // x = 1, 2, 3, 4; y = 2, 1, 4, 3: Σdxdy = 3, Σdx² = Σdy² = 5, so r = 0.6.
    expect(pearson([1, 2, 3, 4], [2, 1, 4, 3]).r).toBeCloseTo(0.6, 12);
  });

  it("uses only the positions where both figures are present", () => {
    // Pairs kept: (1,1), (3,2), (4,3) — a null on either side drops its position.
    const both = pearson([1, 2, 3, 4, null], [1, null, 2, 3, 9]);
    expect(both.n).toBe(3);
    expect(both.r).toBeCloseTo(pearson([1, 3, 4], [1, 2, 3]).r!, 12);
  });

  it("gives no r for fewer than three pairs or a column without spread", () => {
    expect(pearson([1, 2], [3, 4])).toEqual({ r: null, n: 2 });
    expect(pearson([5, 5, 5], [1, 2, 3])).toEqual({ r: null, n: 3 });
    expect(pearson([], [])).toEqual({ r: null, n: 0 });
  });
});

describe("correlationMatrix", () => {
  const data: IndexData = {
    regions: ["a", "b", "c", "d", "e"],
    indicators: ["x", "y", "z"],
    values: [
      [1, 2, 4],
      [2, 1, 3],
      [3, 4, 2],
      [4, 3, 1],
      [100, null, null],
    ],
  };

  it("is symmetric with 1 on the diagonal, over the regions asked for", () => {
    const matrix = correlationMatrix(data, ["a", "b", "c", "d"]);
    expect(matrix.indicators).toEqual(["x", "y", "z"]);
    expect(matrix.cells[0]![0]).toEqual({ r: 1, n: 4 });
    expect(matrix.cells[0]![1]!.r).toBeCloseTo(0.6, 12);
    expect(matrix.cells[1]![0]!.r).toBeCloseTo(0.6, 12);
    expect(matrix.cells[0]![2]!.r).toBeCloseTo(-1, 12);
  });

  it("leaves out regions not asked for, and counts pairs per cell", () => {
    const all = correlationMatrix(data);
    // e has x only: it joins x with itself (5 figures) but no pair with y or z.
    expect(all.cells[0]![0]!.n).toBe(5);
    expect(all.cells[0]![1]!.n).toBe(4);
    expect(correlationMatrix(data, ["a", "b", "c", "d", "nowhere"]).cells[0]![0]!.n).toBe(4);
  });
});
