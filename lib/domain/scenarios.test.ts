import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gcr2014 } from "./stage-scheme";
import { crossingSensitivity, projectScenarios, shiftAssumptions, type Assumptions } from "./scenarios";

const china2025 = { year: 2025, gdpPerCapitaUsd: 13953 };
const realOnly: Assumptions = { realGrowthPct: 4.3, deflatorPct: 0, cnyVsUsdPct: 0, populationPct: 0 };

describe("shiftAssumptions", () => {
  it("moves every assumption against the figure, population the other way", () => {
    expect(shiftAssumptions(realOnly, -1, 0.5)).toEqual({ realGrowthPct: 3.8, deflatorPct: -0.5, cnyVsUsdPct: -0.5, populationPct: 0.5 });
    expect(shiftAssumptions(realOnly, 1, 0.5)).toEqual({ realGrowthPct: 4.8, deflatorPct: 0.5, cnyVsUsdPct: 0.5, populationPct: -0.5 });
  });

  it("moves only the one asked for", () => {
    expect(shiftAssumptions(realOnly, 1, 1, "populationPct")).toEqual({ ...realOnly, populationPct: -1 });
  });
});

describe("projectScenarios", () => {
  // 13,953 × f^n ≥ 17,000: base f = 1.043 → n = 5; high f = 1.048·1.005²/0.995 → n = 4; low f = 1.038·0.995²/1.005 → n = 9.
  it("gives document 000's 2030 as the base, and 2029 and 2034 half a point each way", () => {
    const { scenarios } = projectScenarios(gcr2014, china2025, realOnly);
    expect(scenarios.map((s) => [s.key, s.reachesNextStageIn])).toEqual([["low", 2034], ["base", 2030], ["high", 2029]]);
    expect(scenarios[1]!.nominalGrowthPct).toBeCloseTo(4.3, 10);
  });

  it("draws every path over the same years, from the base figure to the base crossing", () => {
    const { scenarios } = projectScenarios(gcr2014, china2025, realOnly);
    for (const s of scenarios) {
      expect(s.path[0]).toEqual(china2025);
      expect(s.path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    }
  });

  it("runs ten years when no scenario reaches the next stage, and the next stage is there", () => {
    const { scenarios } = projectScenarios(gcr2014, china2025, { ...realOnly, realGrowthPct: -3 });
    expect(scenarios.every((s) => s.reachesNextStageIn === null && s.path.length === 11)).toBe(true);
  });

  it("keeps low ≤ base ≤ high in every year, and the crossings in the opposite order", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 500, max: 16999, noNaN: true }),
        fc.double({ min: -20, max: 30, noNaN: true }),
        fc.double({ min: -20, max: 50, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -5, max: 10, noNaN: true }),
        (gdp, realGrowthPct, deflatorPct, cnyVsUsdPct, populationPct) => {
          const { scenarios } = projectScenarios(gcr2014, { year: 2025, gdpPerCapitaUsd: gdp }, { realGrowthPct, deflatorPct, cnyVsUsdPct, populationPct });
          const [low, base, high] = scenarios;
          const later = (a: number | null, b: number | null) => b === null || (a !== null && a <= b);
          return (
            low!.path.every((p, i) => p.gdpPerCapitaUsd <= base!.path[i]!.gdpPerCapitaUsd && base!.path[i]!.gdpPerCapitaUsd <= high!.path[i]!.gdpPerCapitaUsd) &&
            later(high!.reachesNextStageIn, base!.reachesNextStageIn) &&
            later(base!.reachesNextStageIn, low!.reachesNextStageIn)
          );
        },
      ),
    );
  });
});

describe("crossingSensitivity", () => {
  it("moves 2030 to 2032 for one point against and to 2029 for one point for, whichever the assumption", () => {
    const { baseCrossing, rows } = crossingSensitivity(gcr2014, china2025, realOnly);
    expect(baseCrossing).toBe(2030);
    expect(rows.map((r) => [r.key, r.against.reachesNextStageIn, r.for.reachesNextStageIn, r.swingYears])).toEqual([
      ["realGrowthPct", 2032, 2029, 3],
      ["deflatorPct", 2032, 2029, 3],
      ["cnyVsUsdPct", 2032, 2029, 3],
      ["populationPct", 2032, 2029, 3],
    ]);
    expect(rows.find((r) => r.key === "populationPct")).toMatchObject({ valuePct: 0, against: { valuePct: 1 }, for: { valuePct: -1 } });
  });

  it("puts the widest swing first, a swing out of the horizon before all", () => {
    fc.assert(
      fc.property(fc.double({ min: 500, max: 16999, noNaN: true }), fc.double({ min: -2, max: 8, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (gdp, realGrowthPct, populationPct) => {
        const { rows } = crossingSensitivity(gcr2014, { year: 2025, gdpPerCapitaUsd: gdp }, { ...realOnly, realGrowthPct, populationPct });
        const widths = rows.map((r) => r.swingYears ?? Infinity);
        return widths.every((w, i) => i === 0 || widths[i - 1]! >= w);
      }),
    );
  });

  it("never brings the crossing sooner by moving against the figure", () => {
    fc.assert(
      fc.property(fc.double({ min: 500, max: 16999, noNaN: true }), fc.double({ min: -20, max: 30, noNaN: true }), (gdp, realGrowthPct) => {
        const base = { year: 2025, gdpPerCapitaUsd: gdp };
        const { baseCrossing, rows } = crossingSensitivity(gcr2014, base, { ...realOnly, realGrowthPct });
        const notBefore = (a: number | null, b: number | null) => a === null || (b !== null && a >= b);
        return rows.every((r) => notBefore(r.against.reachesNextStageIn, baseCrossing) && notBefore(baseCrossing, r.for.reachesNextStageIn));
      }),
    );
  });
});
