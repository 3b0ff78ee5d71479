import { describe, expect, it } from "vitest";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { crossingSensitivity } from "@/lib/domain/scenarios";
import { renderChartSvg } from "./render-svg";
import { barLabel, buildTornadoOption, tornadoData, tornadoFigures } from "./tornado";

const china = { year: 2025, gdpPerCapitaUsd: 13953 };
const names = {
  assumptions: { realGrowthPct: "实际增速", deflatorPct: "价格", cnyVsUsdPct: "人民币汇率", populationPct: "人口" },
  for: "有利方向1个百分点（提前）",
  against: "不利方向1个百分点（推后）",
  axis: "比基准提前（−）或推后（+）的年数",
};

describe("tornadoData", () => {
  it("is empty when the base assumptions never reach the next stage", () => {
    const sensitivity = crossingSensitivity(gcr2014, china, { realGrowthPct: -1, deflatorPct: 0, cnyVsUsdPct: 0, populationPct: 0 });
    expect(tornadoData(sensitivity)).toEqual({ status: "empty", reason: "no-base-crossing" });
  });
});

describe("buildTornadoOption", () => {
  const ready = tornadoData(crossingSensitivity(gcr2014, china, { realGrowthPct: 4.3, deflatorPct: 0, cnyVsUsdPct: 0, populationPct: 0 }));
  if (ready.status !== "ready") throw new Error("expected a base crossing");

  it("draws sooner to the left and later to the right, labelled with the years", () => {
    const option = buildTornadoOption({ sensitivity: ready.sensitivity, width: 660, names, locale: "zh-CN" }, 2025);
    const [sooner, later] = option.series;
    expect(sooner!.data.map((d) => [d.value, d.label.formatter])).toEqual(Array(4).fill([-1, "2029年"]));
    expect(later!.data.map((d) => [d.value, d.label.formatter])).toEqual(Array(4).fill([2, "2032年"]));
  });

  it("is symmetric about zero on round ticks, with room past the longest bar for its label", () => {
    for (const width of [660, 340]) {
      const { xAxis } = buildTornadoOption({ sensitivity: ready.sensitivity, width, names, locale: "zh-CN" }, 2025);
      expect(xAxis.min).toBe(-xAxis.max);
      expect(xAxis.max % xAxis.interval).toBe(0);
      expect(xAxis.max).toBeGreaterThan(2);
    }
  });

  it("draws a crossing beyond the horizon to the longest bar's length and says so", () => {
    const sensitivity = crossingSensitivity(gcr2014, china, { realGrowthPct: 1, deflatorPct: 0, cnyVsUsdPct: 0, populationPct: 0 });
    const data = tornadoData(sensitivity);
    if (data.status !== "ready") throw new Error("expected a base crossing");
    const option = buildTornadoOption({ sensitivity: data.sensitivity, width: 660, names, locale: "zh-CN" }, 2025);
    const later = option.series[1]!.data;
    expect(later.every((d) => d.label.formatter === ">2125年")).toBe(true);
    expect(barLabel(null, 2025, 100, "zh-CN")).toBe(">2125年");
    expect(barLabel(null, 2025, 100, "en")).toBe(">2125");
    expect(barLabel(2032, 2025, 100, "en")).toBe("2032");
  });

  it("renders with no text under 11 px at phone width", () => {
    const svg = renderChartSvg(buildTornadoOption({ sensitivity: ready.sensitivity, width: 340, names, locale: "zh-CN" }, 2025), { width: 340, height: 320 });
    const sizes = [...svg.matchAll(/font-size[:=]"?\s*(\d+(?:\.\d+)?)px/g)].map((match) => Number(match[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(svg).toContain("2032年");
  });

  it("gives each bar a figure: assumption, crossing year and the move", () => {
    const figures = tornadoFigures(ready.sensitivity, 2025, { names, unit: "年", source: "本页", moved: (n, a, b) => `${n} ${a}→${b}`, locale: "zh-CN" });
    expect(figures).toHaveLength(8);
    expect(figures[4]).toMatchObject({ series: names.against, region: "实际增速", year: 2032, value: 2, locator: "实际增速 4.3→3.3", at: { series: 1, index: 0 } });
  });
});
