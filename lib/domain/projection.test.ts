import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gcr2014 } from "./stage-scheme";
import { nominalGrowthPct, projectGdp } from "./projection";

const china2025 = { year: 2025, gdpPerCapitaUsd: 13953 };

describe("projectGdp", () => {
  it("reproduces document 000: 13,953 USD in 2025 at 4.3% a year crosses 17,000 in 2030", () => {
    const projection = projectGdp(gcr2014, china2025, { realGrowthPct: 4.3 });
    expect(projection.reachesNextStageIn).toBe(2030);
    expect(projection.nextStage?.key).toBe("innovation-driven");
    const p2029 = projection.path.find((p) => p.year === 2029)!;
    const p2030 = projection.path.find((p) => p.year === 2030)!;
    expect(p2029.gdpPerCapitaUsd).toBeLessThan(17000);
    expect(p2030.gdpPerCapitaUsd).toBeCloseTo(17222, 0);
    expect(projection.path[0]).toEqual(china2025);
  });

  it("moves the crossing to 2032 when the yuan weakens 1% a year (DOMAIN.md)", () => {
    const projection = projectGdp(gcr2014, china2025, { realGrowthPct: 4.3, cnyVsUsdPct: -1 });
    expect(projection.reachesNextStageIn).toBe(2032);
  });

  it("finds no crossing without growth, and none in the last stage", () => {
    expect(projectGdp(gcr2014, china2025, { realGrowthPct: 0 }).reachesNextStageIn).toBeNull();
    expect(projectGdp(gcr2014, china2025, { realGrowthPct: -3 }).reachesNextStageIn).toBeNull();
    const rich = projectGdp(gcr2014, { year: 2025, gdpPerCapitaUsd: 50000 }, { realGrowthPct: 2 });
    expect(rich.nextStage).toBeNull();
    expect(rich.reachesNextStageIn).toBeNull();
    expect(rich.path).toHaveLength(11);
  });

  it("crosses no later at a higher growth rate", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1000, max: 16999, noNaN: true }),
        fc.double({ min: 2, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (value, growth, extra) => {
          const base = { year: 2025, gdpPerCapitaUsd: value };
          const slow = projectGdp(gcr2014, base, { realGrowthPct: growth }).reachesNextStageIn;
          const fast = projectGdp(gcr2014, base, { realGrowthPct: growth + extra }).reachesNextStageIn;
          return slow !== null && fast !== null && fast <= slow;
        },
      ),
    );
  });

  it("ends its path at the crossing year (at least five years ahead)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 16999, noNaN: true }), fc.double({ min: 2, max: 15, noNaN: true }), (value, growth) => {
        const projection = projectGdp(gcr2014, { year: 2025, gdpPerCapitaUsd: value }, { realGrowthPct: growth });
        const last = projection.path.at(-1)!;
        return projection.reachesNextStageIn !== null && last.year === Math.max(2030, projection.reachesNextStageIn);
      }),
    );
  });
});

describe("nominalGrowthPct", () => {
  it("combines real growth, prices, the exchange rate and population", () => {
    expect(nominalGrowthPct({ realGrowthPct: 4.3 })).toBeCloseTo(4.3, 10);
    expect(nominalGrowthPct({ realGrowthPct: 0, deflatorPct: 2, populationPct: 2 })).toBeCloseTo(0, 10);
    expect(nominalGrowthPct({ realGrowthPct: 5, cnyVsUsdPct: -1 })).toBeCloseTo((1.05 * 0.99 - 1) * 100, 10);
  });
});
