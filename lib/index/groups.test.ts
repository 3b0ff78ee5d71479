import { describe, expect, it } from "vitest";
import { percentOfReference, performanceGroup, tierOf } from "./groups";

describe("performance groups (EIS)", () => {
  it("bands the share of the national score at 125, 100 and 70 %", () => {
    expect([130, 125, 124.9, 100, 99.9, 70, 69.9, 0].map(performanceGroup)).toEqual([
      "leader",
      "leader",
      "strong",
      "strong",
      "moderate",
      "moderate",
      "emerging",
      "emerging",
    ]);
  });

  it("takes the share only of a positive reference", () => {
    expect(percentOfReference(60, 48)).toBe(125);
    expect(percentOfReference(60, 0)).toBeNull();
    expect(percentOfReference(1, -2)).toBeNull();
  });
});

describe("tiers", () => {
  it("tier 1 above the national composite, tier 2 from 50 up to it, tier 3 below 50", () => {
    expect(tierOf(61, 60)).toBe(1);
    expect(tierOf(60, 60)).toBe(2);
    expect(tierOf(50, 60)).toBe(2);
    expect(tierOf(49.9, 60)).toBe(3);
    // A national composite below 50: a region between them is tier 1, not 3.
    expect(tierOf(45, 40)).toBe(1);
  });
});
