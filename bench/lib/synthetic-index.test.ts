import { describe, expect, it } from "vitest";
import { computeIndex } from "@/lib/index/compute";
import { syntheticIndex } from "./synthetic-index";

describe("syntheticIndex", () => {
  const { spec, data } = syntheticIndex();

  it("is 300 regions × 30 indicators in 6 pillars of 5 by default", () => {
    expect(data.regions).toHaveLength(300);
    expect(data.indicators).toHaveLength(30);
    expect(data.values.every((row) => row.length === 30)).toBe(true);
    expect(spec.pillars.map((p) => p.indicators.length)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(spec.pillars.flatMap((p) => p.indicators.map((i) => i.key)).sort()).toEqual([...data.indicators].sort());
  });

  it("marks every name and the title SYNTHETIC", () => {
    expect(spec.title).toMatch(/^SYNTHETIC /);
    for (const region of data.regions) expect(region).toMatch(/^SYNTHETIC-/);
    for (const pillar of spec.pillars) {
      expect(pillar.label).toMatch(/^SYNTHETIC /);
      for (const indicator of pillar.indicators) expect(indicator.label).toMatch(/^SYNTHETIC /);
    }
  });

  it("gives the same figures for the same seed and others for another", () => {
    expect(syntheticIndex({ seed: 13 })).toEqual(syntheticIndex({ seed: 13 }));
    expect(syntheticIndex({ seed: 14 }).data.values).not.toEqual(data.values);
  });

  it("has gaps, a few regions too sparse to rank, and indicators where less is better", () => {
    const cells = data.values.flat();
    const gapShare = cells.filter((v) => v === null).length / cells.length;
    expect(gapShare).toBeGreaterThan(0.04);
    expect(gapShare).toBeLessThan(0.12);
    expect(spec.pillars.flatMap((p) => p.indicators).filter((i) => i.direction === -1).length).toBeGreaterThan(0);
    const result = computeIndex(spec, data);
    expect(result.status).toBe("computed");
    if (result.status !== "computed") return;
    expect(result.excluded.map((e) => e.region)).toEqual(["SYNTHETIC-region-050", "SYNTHETIC-region-100", "SYNTHETIC-region-150", "SYNTHETIC-region-200", "SYNTHETIC-region-250", "SYNTHETIC-region-300"]);
    expect(result.regions).toHaveLength(294);
    // Last year's figures fill most gaps; the outliers make the winsorise rule clamp or log some indicators.
    expect(result.regions.some((r) => r.imputed.length > 0)).toBe(true);
    expect(result.regions.some((r) => r.winsorised.length + r.logged.length > 0)).toBe(true);
  });

  it("scales to other sizes", () => {
    const small = syntheticIndex({ regions: 12, indicators: 8, pillars: 3 });
    expect(small.data.regions).toHaveLength(12);
    expect(small.spec.pillars.map((p) => p.indicators.length)).toEqual([3, 3, 2]);
  });
});
