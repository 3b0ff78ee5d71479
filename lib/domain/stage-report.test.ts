import { describe, expect, it } from "vitest";
import { buildStageReport } from "./stage-report";
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
