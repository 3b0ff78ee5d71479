import { describe, expect, it } from "vitest";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { projectScenarios } from "@/lib/domain/scenarios";
import { summarizeBand } from "@/lib/domain/stage-report";
import { renderChartSvg } from "./render-svg";
import { buildScenarioOption, scenarioFigures, scenarioLegendNames } from "./stage-scenarios";

const scenarios = projectScenarios(gcr2014, { year: 2025, gdpPerCapitaUsd: 13953 }, { realGrowthPct: 4.3, deflatorPct: 0, cnyVsUsdPct: 0, populationPct: 0 }).scenarios;
const names = {
  scenarios: { low: "低情景（2034年）", base: "基准情景（2030年）", high: "高情景（2029年）" },
  threshold: "“创新驱动”门槛 17,000美元",
  input: "输入值（2025年）",
  crossing: "迈入下一阶段的年份",
  axis: "美元/人",
};
const input = { bands: gcr2014.bands.map(summarizeBand), scenarios, thresholdUsd: 17000, names };

describe("buildScenarioOption", () => {
  it.each([1100, 340])("names every mark in the legend and draws no text over the plot (%d px)", (width) => {
    const option = buildScenarioOption({ ...input, width });
    expect(option.legend.data).toEqual(scenarioLegendNames(input));
    for (const s of option.series) {
      expect(option.legend.data).toContain(s.name);
      expect(JSON.stringify(s)).not.toContain('"label"');
    }
  });

  it("puts the value axis on round ticks covering every path and the threshold", () => {
    const { yAxis } = buildScenarioOption({ ...input, width: 1100 });
    const drawn = scenarios.flatMap((s) => s.path.map((p) => p.gdpPerCapitaUsd));
    expect(yAxis.min).toBeLessThanOrEqual(Math.min(...drawn));
    expect(yAxis.max).toBeGreaterThanOrEqual(Math.max(...drawn, 17000));
    expect(yAxis.min % yAxis.interval).toBe(0);
    expect([1, 2, 5].map((k) => k * 10 ** Math.floor(Math.log10(yAxis.interval)))).toContain(yAxis.interval);
  });

  it("marks each scenario's crossing year with a diamond where it lies in view", () => {
    const option = buildScenarioOption({ ...input, width: 1100 });
    const diamonds = option.series.at(-1)!.data as ({ value: number } | null)[];
    // 2025—2030 in view: high crosses in 2029 (index 4), base in 2030 (5); low (2034) is beyond.
    expect(diamonds.map((d) => (d === null ? null : "◆"))).toEqual([null, null, null, null, "◆", "◆"]);
  });

  it("renders to an SVG with text no smaller than 11 px at phone width", () => {
    const svg = renderChartSvg(buildScenarioOption({ ...input, width: 340 }), { width: 340, height: 360 });
    const sizes = [...svg.matchAll(/font-size[:=]"?\s*(\d+(?:\.\d+)?)px/g)].map((match) => Number(match[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(svg).toContain("基准情景（2030年）");
  });
});

describe("scenarioFigures", () => {
  it("gives every drawn point a figure pointing at its series and year", () => {
    const figures = scenarioFigures(scenarios, {
      names: names.scenarios,
      region: "输入值",
      unit: "美元/人",
      source: "本页按所填假设推算",
      locators: { low: "低", base: "基", high: "高" },
    });
    expect(figures).toHaveLength(18);
    expect(figures.find((f) => f.series === "基准情景（2030年）" && f.year === 2030)).toMatchObject({ value: 17222, label: "17,222美元/人", at: { series: 1, index: 5 } });
  });
});
