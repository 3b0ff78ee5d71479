import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexSpecSchema } from "./spec";
import { sampleSpec, sampleSpecInput } from "./test-fixtures";
import { layoutOf, normaliseWeights, pillarWeightsByRegion } from "./weights";

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe("normaliseWeights", () => {
  it("scales to a sum of 1 and keeps the proportions", () => {
    expect([...normaliseWeights([1, 3])]).toEqual([0.25, 0.75]);
    expect([...normaliseWeights([0, 0])]).toEqual([0, 0]);
  });

  it("always sums to 1 when any weight is positive", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (weights) => {
        fc.pre(weights.some((w) => w > 0));
        expect(sum(normaliseWeights(weights))).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe("layoutOf", () => {
  it("flattens the pillars with within-pillar weights and directions", () => {
    const layout = layoutOf(sampleSpec());
    expect(layout.indicatorKeys).toEqual(["rd-intensity", "patents", "hi-tech-share", "energy-intensity"]);
    expect([...layout.pillarOf]).toEqual([0, 0, 1, 1]);
    expect([...layout.direction]).toEqual([1, 1, 1, -1]);
    expect([...layout.indicatorWeights]).toEqual([0.5, 0.5, 2 / 3, 1 / 3]);
    expect([...layout.pillarWeights]).toEqual([0.5, 0.5]);
  });

  it("gives every pillar and every indicator within a pillar the same weight with 'equal'", () => {
    const spec = indexSpecSchema.parse({
      ...sampleSpecInput,
      pillars: [{ ...sampleSpecInput.pillars[0]!, weight: 9 }, sampleSpecInput.pillars[1]],
      method: { ...sampleSpecInput.method, weighting: "equal" },
    });
    const layout = layoutOf(spec);
    expect([...layout.indicatorWeights]).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect([...layout.pillarWeights]).toEqual([0.5, 0.5]);
  });
});

describe("pillarWeightsByRegion", () => {
  const layout = layoutOf(sampleSpec());

  it("repeats the spec's weights without a scheme", () => {
    expect([...pillarWeightsByRegion(layout, ["a", "b"])]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it("takes each region's weights from a stage scheme, rescaled to 1; an unnamed pillar weighs 0", () => {
    const byStage = new Map([
      ["a", new Map([["science", 20], ["industry", 60]])],
      ["b", new Map([["industry", 5]])],
    ]);
    const weights = pillarWeightsByRegion(layout, ["a", "b"], (region) => byStage.get(region)!);
    expect([...weights]).toEqual([0.25, 0.75, 0, 1]);
  });

  it("refuses a region whose weights are all zero", () => {
    expect(() => pillarWeightsByRegion(layout, ["a"], () => new Map())).toThrow("all zero");
  });
});
