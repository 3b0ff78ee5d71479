import { describe, expect, it } from "vitest";
import { distribution } from "./distribution";

describe("distribution", () => {
  it("gives quartiles like QUARTILE.INC", () => {
    expect(distribution([1, 2, 3, 4])).toEqual({ count: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(distribution([7])).toEqual({ count: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 });
  });

  it("does not depend on the order of the values, and is null for none", () => {
    expect(distribution([3, 1, 2])).toEqual(distribution([1, 2, 3]));
    expect(distribution([])).toBeNull();
  });
});
