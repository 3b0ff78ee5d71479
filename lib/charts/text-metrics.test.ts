import { describe, expect, it } from "vitest";
import { measureChartText } from "./text-metrics";

describe("measureChartText", () => {
  it("scales with the font size and sets Han characters one em wide", () => {
    expect(measureChartText("中国", "13px sans-serif")).toBe(26);
    expect(measureChartText("W", "20px sans-serif")).toBeCloseTo(2 * measureChartText("W", "10px sans-serif"));
  });
  it("measures bold Latin wider than regular, and i narrower than m", () => {
    const text = "Reported in the documents";
    expect(measureChartText(text, "bold 13px x")).toBeGreaterThan(measureChartText(text, "13px x"));
    expect(measureChartText("i", "13px x")).toBeLessThan(measureChartText("m", "13px x"));
  });
});
