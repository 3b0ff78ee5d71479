import { describe, expect, it } from "vitest";
import { screenCoverage, selectRows } from "./coverage";

const cells = Float64Array.from([1, 2, 3, NaN, 2, 3, NaN, NaN, 3]);
const matrix = { rows: 3, columns: 3, cells };

describe("screenCoverage", () => {
  it("keeps regions with enough figures and says what the others lack", () => {
    const { included, excluded } = screenCoverage(matrix, ["a", "b", "c"], ["x", "y", "z"], 2 / 3);
    expect(included).toEqual([0, 1]);
    expect(excluded).toEqual([{ region: "c", reason: "coverage", share: 1 / 3, required: 2 / 3, missing: ["x", "y"] }]);
  });

  it("treats the rule as a floor: exactly the share passes, a hair less does not", () => {
    expect(screenCoverage(matrix, ["a", "b", "c"], ["x", "y", "z"], 1 / 3).included).toEqual([0, 1, 2]);
    expect(screenCoverage(matrix, ["a", "b", "c"], ["x", "y", "z"], 0.67).included).toEqual([0]);
  });
});

it("selectRows copies the rows asked for, in order", () => {
  expect([...selectRows(matrix, [2, 0]).cells]).toEqual([NaN, NaN, 3, 1, 2, 3]);
});
