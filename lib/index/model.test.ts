// The Monte Carlo model re-weights cached pillar means instead of re-aggregating every indicator: at any
// point it must rank exactly as the whole pipeline does with the same choices and weights.
import { describe, expect, it } from "vitest";
import { computeIndex } from "./compute";
import { buildModel } from "./model";
import { indexSpecSchema } from "./spec";
import { syntheticData, syntheticSpec } from "./test-fixtures";

describe("buildModel", () => {
  const spec = syntheticSpec(12, 4);
  const data = syntheticData(40, 12, 7);
  const alternatives = { normalisation: ["minmax", "rank"], aggregation: ["arithmetic", "geometric"] } as const;
  const build = buildModel(spec, data, { weightNoise: 0.5, alternatives });
  if (build.status !== "ready") throw new Error(build.status);
  const { model } = build;
  const pillarCount = spec.pillars.length;

  it.each([
    ["minmax", "arithmetic", 0.1, 0.1],
    ["rank", "geometric", 0.9, 0.9],
    ["minmax", "geometric", 0.2, 0.7],
    ["rank", "arithmetic", 0.6, 0.3],
  ] as const)("ranks like computeIndex with %s and %s", (normalisation, aggregation, uNormalisation, uAggregation) => {
    // Pillar p's weight × (1 + 0.5 (2u − 1)); the point picks the method choices by their coordinates.
    const u = [...Array.from({ length: pillarCount }, (_, p) => (p + 1) / (pillarCount + 2)), uNormalisation, uAggregation];
    const weights = spec.pillars.map((pillar, p) => pillar.weight * (1 + 0.5 * (2 * u[p]! - 1)));
    const variant = indexSpecSchema.parse({
      ...spec,
      pillars: spec.pillars.map((pillar, p) => ({ ...pillar, weight: weights[p] })),
      method: { ...spec.method, normalisation, aggregation },
    });
    const direct = computeIndex(variant, data);
    if (direct.status !== "computed") throw new Error(direct.status);
    const byRegion = new Map(direct.regions.map((r) => [r.region, r.rank]));
    expect(Array.from(model.ranksAt(u))).toEqual(model.regions.map((region) => byRegion.get(region) ?? NaN));
  });
});
