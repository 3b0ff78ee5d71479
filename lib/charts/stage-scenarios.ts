// Option builder: GDP per capita under the low, base and high scenarios, against the stage bands and the next
// stage's threshold. Every mark is named in the legend (no text drawn over the lines), so nothing can collide.
import type { EChartsOption } from "echarts";
import type { Scenario, ScenarioKey } from "@/lib/domain/scenarios";
import type { BandSummary } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { withUnit } from "./chart-figures";
import { categoryLabelInterval, legendHeight, legendRows, niceAxis, textWidth, topLegend, type LegendStyle } from "./chart-layout";
import { chartText, grid, ink, muted, stagePalette } from "./theme";
import type { ChartFigure, MarkAreaPair } from "./types";

export type ScenarioChartInput = {
  bands: BandSummary[];
  scenarios: Scenario[];
  /** The next stage's threshold in USD, or null in the top stage. */
  thresholdUsd: number | null;
  width: number;
  names: {
    /** Legend names of the scenarios, with their crossing years. */
    scenarios: Record<ScenarioKey, string>;
    threshold: string;
    input: string;
    crossing: string;
    axis: string;
  };
};

const scenarioStyle: Record<ScenarioKey, { colour: string; width: number; type: "solid" | "dashed" | "dotted" }> = {
  low: { colour: "#b45309", width: 2, type: "dashed" },
  base: { colour: "#1d4ed8", width: 3, type: "solid" },
  high: { colour: "#0f766e", width: 2, type: "dotted" },
};
const thresholdColour = "#475569";

export function scenarioLegendStyle(width: number): LegendStyle {
  return { fontSize: width < 500 ? 11 : 13, itemWidth: 26, itemGap: 12 };
}

export function scenarioLegendNames(input: Pick<ScenarioChartInput, "scenarios" | "thresholdUsd" | "names">): string[] {
  const { names } = input;
  return [
    ...input.scenarios.map((s) => names.scenarios[s.key]),
    ...(input.thresholdUsd === null ? [] : [names.threshold]),
    names.input,
    ...(input.scenarios.some((s) => crossingIndex(s) !== null) ? [names.crossing] : []),
  ];
}

/** Plot top: the legend's rows, then room for the axis name. */
export function scenarioPlotTop(input: Pick<ScenarioChartInput, "scenarios" | "thresholdUsd" | "names" | "width">): number {
  const style = scenarioLegendStyle(input.width);
  return legendHeight(legendRows(scenarioLegendNames(input), input.width, style), style) + style.fontSize * 2 + 10;
}

function crossingIndex(s: Scenario): number | null {
  if (s.reachesNextStageIn === null) return null;
  const i = s.path.findIndex((p) => p.year === s.reachesNextStageIn);
  return i === -1 ? null : i;
}

const whole = (usd: number) => Number(usd.toFixed(0));

export function buildScenarioOption(input: ScenarioChartInput) {
  const { bands, scenarios, thresholdUsd, width, names } = input;
  const narrow = width < 500;
  const fontSize = narrow ? 11 : 13;
  const legend = scenarioLegendStyle(width);
  const years = scenarios[0]?.path.map((p) => String(p.year)) ?? [];
  const values = scenarios.flatMap((s) => s.path.map((p) => p.gdpPerCapitaUsd));
  const low = Math.min(...values);
  const high = Math.max(...values, ...(thresholdUsd === null ? [] : [thresholdUsd * 1.03]));
  const axis = niceAxis(Math.max(0, low * 0.97), high, narrow ? 4 : 6);
  const axisLabelWidth = textWidth(formatUsd(axis.max), fontSize);
  const gridLeft = Math.ceil(axisLabelWidth) + 14;
  // Half the last year's label hangs past the plot's right edge.
  const gridRight = Math.ceil(textWidth("2030", fontSize) / 2) + 12;
  const interval = categoryLabelInterval(years.length, width - gridLeft - gridRight, textWidth("2030", fontSize));
  const visibleBands = bands.filter((b) => (b.maxUsd ?? Infinity) > axis.min && (b.minUsd ?? 0) < axis.max);
  const base = scenarios.find((s) => s.key === "base") ?? scenarios[0];

  return {
    textStyle: chartText,
    legend: topLegend(legend, scenarioLegendNames(input)),
    grid: { left: gridLeft, right: gridRight, top: scenarioPlotTop(input), bottom: 30 },
    xAxis: {
      type: "category",
      data: years,
      boundaryGap: false,
      axisTick: { alignWithLabel: true, interval },
      axisLabel: { color: muted, fontSize, interval },
    },
    yAxis: {
      type: "value",
      ...axis,
      name: names.axis,
      nameGap: fontSize,
      nameTextStyle: { color: muted, fontSize, align: "left" as const },
      axisLabel: { color: muted, fontSize },
      splitLine: { lineStyle: { color: grid } },
    },
    series: [
      ...scenarios.map((s) => ({
        name: names.scenarios[s.key],
        type: "line" as const,
        symbol: "none",
        lineStyle: { color: scenarioStyle[s.key].colour, width: scenarioStyle[s.key].width, type: scenarioStyle[s.key].type },
        itemStyle: { color: scenarioStyle[s.key].colour },
        z: s.key === "base" ? 4 : 3,
        data: s.path.map((p) => whole(p.gdpPerCapitaUsd)),
      })),
      {
        // The threshold as a series of its own, so the legend names it; it also carries the stage bands.
        name: names.threshold,
        type: "line" as const,
        symbol: "none",
        silent: true,
        lineStyle: { color: thresholdColour, width: 1.5, type: [6, 4] },
        itemStyle: { color: thresholdColour },
        z: 2,
        data: thresholdUsd === null ? [] : years.map(() => thresholdUsd),
        markArea: {
          silent: true,
          data: visibleBands.map((band): MarkAreaPair => [
            { yAxis: Math.max(band.minUsd ?? 0, axis.min), itemStyle: { color: stagePalette[band.order], opacity: 0.6 } },
            { yAxis: Math.min(band.maxUsd ?? axis.max, axis.max) },
          ]),
        },
      },
      {
        name: names.input,
        type: "scatter" as const,
        symbol: "circle",
        symbolSize: 10,
        itemStyle: { color: ink },
        z: 5,
        data: years.map((_, i) => (i === 0 && base ? whole(base.path[0]!.gdpPerCapitaUsd) : null)),
      },
      {
        name: names.crossing,
        type: "scatter" as const,
        symbol: "diamond",
        symbolSize: 13,
        itemStyle: { color: "#ffffff", borderColor: ink, borderWidth: 2 },
        z: 6,
        // One diamond per year at most: where two scenarios cross in the same year, the higher one's is kept.
        data: years.map((_, i) => {
          const crossing = scenarios.filter((s) => crossingIndex(s) === i);
          if (crossing.length === 0) return null;
          const top = crossing.reduce((a, b) => (a.path[i]!.gdpPerCapitaUsd >= b.path[i]!.gdpPerCapitaUsd ? a : b));
          return { value: whole(top.path[i]!.gdpPerCapitaUsd), itemStyle: { borderColor: scenarioStyle[top.key].colour } };
        }),
      },
    ],
  } satisfies EChartsOption;
}

/** The figures drawn (every scenario's every year), for the chart frame's Table tab, CSV and tooltips. */
export function scenarioFigures(
  scenarios: Scenario[],
  text: { names: Record<ScenarioKey, string>; region: string; unit: string; source: string; locators: Record<ScenarioKey, string> },
): ChartFigure[] {
  return scenarios.flatMap((s, series) =>
    s.path.map((p, index): ChartFigure => ({
      series: text.names[s.key],
      region: text.region,
      year: p.year,
      periodStart: null,
      value: whole(p.gdpPerCapitaUsd),
      label: withUnit(formatUsd(p.gdpPerCapitaUsd), text.unit),
      unit: text.unit,
      qualifier: null,
      source: { title: text.source, href: null },
      locator: text.locators[s.key],
      at: { series, index },
    })),
  );
}
