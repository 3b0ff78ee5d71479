import { describe, expect, it } from "vitest";
import { impute, type Matrix } from "./impute";

const matrix = (rows: (number | null)[][]): Matrix => ({
  rows: rows.length,
  columns: rows[0]!.length,
  cells: Float64Array.from(rows.flat(), (v) => v ?? NaN),
});

const values = matrix([
  [1, 10],
  [null, 20],
  [5, null],
  [null, 40],
]);

describe("impute", () => {
  it("leaves gaps with 'none'", () => {
    const { matrix: out, imputed } = impute(values, "none");
    expect(Number.isNaN(out.cells[2]!)).toBe(true);
    expect([...imputed]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("fills with the mean of the indicator over all regions when no peer groups are given", () => {
    const { matrix: out, imputed } = impute(values, "group-mean");
    // column 0: mean(1, 5) = 3; column 1: mean(10, 20, 40) = 70/3
    expect(out.cells[2]).toBe(3);
    expect(out.cells[5]).toBeCloseTo(70 / 3, 12);
    expect([...imputed]).toEqual([0, 0, 1, 0, 0, 1, 1, 0]);
  });

  it("fills with the peer group's mean, and leaves a gap no peer can fill", () => {
    const { matrix: out, imputed } = impute(values, "group-mean", { peerGroups: ["east", "east", "west", "west"] });
    expect(out.cells[2]).toBe(1);
    expect(out.cells[5]).toBe(40);
    expect(out.cells[6]).toBe(5);
    expect([...imputed]).toEqual([0, 0, 1, 0, 0, 1, 1, 0]);
  });

  it("fills with last year's figure where there is one", () => {
    const previous = matrix([
      [0, 9],
      [2, 19],
      [4, null],
      [null, 39],
    ]);
    const { matrix: out, imputed } = impute(values, "last-year", { previous });
    expect(out.cells[2]).toBe(2);
    expect(Number.isNaN(out.cells[5]!)).toBe(true);
    expect(out.cells[6]).toBeNaN();
    expect([...imputed]).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it("does not change the matrix it was given", () => {
    impute(values, "group-mean");
    expect(Number.isNaN(values.cells[2]!)).toBe(true);
  });
});
