import { describe, expect, it } from "vitest";
import { buildStageReport, growthBasis } from "./stage-report";
import { gcr2014 } from "./stage-scheme";

describe("buildStageReport", () => {
  it("rounds a figure converted from yuan to cents", () => {
    const report = buildStageReport(gcr2014, { cny: 98000, rate: 7.1 }, 2025);
    expect(report.gdpPerCapitaUsd).toBe(13802.82);
    expect(report.conversion).toEqual({ cny: 98000, cnyPerUsd: 7.1 });
  });

  // Hostile input (issue 14): ?cny=0.000001&rate=1000 passed validation, rounded to $0.00 and threw (500).
  it.each([
    [{ cny: 0.000001, rate: 1000 }],
    [{ cny: 1, rate: 1000, growth: 30 }],
    [{ cny: 0.004, rate: 1, growth: -20, deflator: -20, fx: -50, population: 10 }],
  ])("keeps a positive figure below one cent instead of rounding it to 0 (%o)", (input) => {
    const report = buildStageReport(gcr2014, input, 2025);
    expect(report.gdpPerCapitaUsd).toBeGreaterThan(0);
    expect(report.gdpPerCapitaUsd).toBeLessThan(0.01);
    expect(report.stage.key).toBe("factor-driven");
  });
});

describe("growthBasis", () => {
  it("is real with real growth alone, as the document projects", () => {
    const report = buildStageReport(gcr2014, { gdp: 13953, growth: 4.3, year: 2025 }, 2025);
    expect(growthBasis(report.projection!)).toBe("real");
    expect(growthBasis(buildStageReport(gcr2014, { gdp: 13953, growth: 4.3, deflator: 0, fx: 0 }, 2025).projection!)).toBe("real");
  });

  it.each([{ deflator: 2 }, { fx: -1 }, { population: 0.5 }])("is nominal once %o is assumed", (extra) => {
    expect(growthBasis(buildStageReport(gcr2014, { gdp: 13953, growth: 4.3, ...extra }, 2025).projection!)).toBe("nominal");
  });
});
