// Option builder: a tornado chart of how many years the crossing into the next stage moves when each assumption
// alone moves for (bar to the left, sooner) or against (to the right, later) the figure.
import type { EChartsOption } from "echarts";
import type { AssumptionKey, CrossingSensitivity, Sensitivity } from "@/lib/domain/scenarios";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { legendHeight, legendRows, niceAxis, textWidth, topLegend, type LegendStyle } from "./chart-layout";
import { axisLine, chartText, grid, ink, muted } from "./theme";
import type { ChartFigure } from "./types";

export type TornadoChartInput = {
  sensitivity: Sensitivity & { baseCrossing: number };
  width: number;
  names: {
    assumptions: Record<AssumptionKey, string>;
    for: string;
    against: string;
    axis: string;
  };
  /** The page's language: the bars' year labels are written in it. */
  locale: Locale;
};

export type TornadoData =
  | { status: "ready"; sensitivity: Sensitivity & { baseCrossing: number } }
  | { status: "empty"; reason: "no-base-crossing" };

/** Shifts need a base crossing to count from: without one within the horizon there is no chart to draw. */
export function tornadoData(sensitivity: Sensitivity): TornadoData {
  const { baseCrossing } = sensitivity;
  return baseCrossing === null ? { status: "empty", reason: "no-base-crossing" } : { status: "ready", sensitivity: { ...sensitivity, baseCrossing } };
}

const colours = { for: "#0f766e", against: "#b45309" } as const;

export function tornadoLegendStyle(width: number): LegendStyle {
  return { fontSize: width < 500 ? 11 : 13, itemWidth: 18, itemGap: 14 };
}

/** Years later (+) or sooner (−) than the base crossing; null when the moved crossing is beyond the horizon. */
const shift = (crossing: number | null, base: number) => (crossing === null ? null : crossing - base);

/** The text at a bar's end: the crossing year ("2032年", "2032"), or past the horizon (">2125年", ">2125"). */
export function barLabel(crossing: number | null, baseYear: number, horizonYears: number, locale: Locale): string {
  const { yearLabel } = getMessages(locale).common;
  return crossing === null ? `>${yearLabel(baseYear + horizonYears)}` : yearLabel(crossing);
}

export function tornadoPlotTop(names: TornadoChartInput["names"], width: number): number {
  const style = tornadoLegendStyle(width);
  return legendHeight(legendRows([names.for, names.against], width, style), style) + 14;
}

export function tornadoHeight(rows: number, names: TornadoChartInput["names"], width: number): number {
  const rowHeight = width < 500 ? 46 : 50;
  return tornadoPlotTop(names, width) + rows * rowHeight + 56;
}

export function buildTornadoOption({ sensitivity, width, names, locale }: TornadoChartInput, baseYear: number) {
  const narrow = width < 500;
  const fontSize = narrow ? 11 : 13;
  const legend = tornadoLegendStyle(width);
  const { rows, baseCrossing, horizonYears } = sensitivity;
  const later = rows.map((r) => shift(r.against.reachesNextStageIn, baseCrossing));
  const sooner = rows.map((r) => shift(r.for.reachesNextStageIn, baseCrossing));
  const reach = Math.max(1, ...[...later, ...sooner].map((v) => Math.abs(v ?? 0)));

  const categoryWidth = Math.max(...rows.map((r) => textWidth(names.assumptions[r.key], fontSize)));
  const gridLeft = Math.ceil(categoryWidth) + 16;
  // Half the last tick's label ("20") hangs past the plot's right edge.
  const gridRight = narrow ? 20 : 24;
  const plotWidth = width - gridLeft - gridRight;
  // Each half keeps room past its longest bar for that bar's label ("2032年", ">2125年").
  const labelRoom = textWidth(barLabel(null, 2025, 100, locale), fontSize) + 10;
  const barShare = Math.max(0.3, (plotWidth / 2 - labelRoom) / (plotWidth / 2));
  // Symmetric about zero (the base crossing), on round ticks.
  const axis = niceAxis(-reach / barShare, reach / barShare, narrow ? 4 : 8);
  // A crossing beyond the horizon is drawn to the edge of its half, its label saying so.
  const reachOrEdge = (v: number | null, sign: 1 | -1) => (v === null ? sign * reach : v);

  const bar = (key: "for" | "against", shifts: (number | null)[], sign: 1 | -1, position: "left" | "right") => ({
    name: key === "for" ? names.for : names.against,
    type: "bar" as const,
    stack: "shift",
    barWidth: narrow ? 16 : 20,
    itemStyle: { color: colours[key] },
    label: { show: true, position, color: ink, fontSize, fontWeight: 600 as const },
    data: rows.map((r: CrossingSensitivity, i) => ({
      value: reachOrEdge(shifts[i]!, sign),
      label: { formatter: barLabel(r[key].reachesNextStageIn, baseYear, horizonYears, locale) },
    })),
  });

  return {
    textStyle: chartText,
    legend: topLegend(legend, [names.for, names.against]),
    grid: { left: gridLeft, right: gridRight, top: tornadoPlotTop(names, width), bottom: 50 },
    xAxis: {
      type: "value",
      ...axis,
      name: names.axis,
      nameLocation: "middle" as const,
      nameGap: fontSize + 16,
      nameTextStyle: { color: muted, fontSize },
      axisLabel: { color: muted, fontSize },
      splitLine: { lineStyle: { color: grid } },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((r) => names.assumptions[r.key]),
      axisTick: { show: false },
      // Labels stay at the plot's left edge, clear of the bars either side of zero.
      axisLine: { onZero: false, lineStyle: { color: axisLine } },
      axisLabel: { color: ink, fontSize },
    },
    series: [bar("for", sooner, -1, "left"), bar("against", later, 1, "right")],
  } satisfies EChartsOption;
}

/** The tornado's bars as figures: each assumption moved each way, with the crossing year it gives. */
export function tornadoFigures(
  sensitivity: Sensitivity,
  baseYear: number,
  text: { names: TornadoChartInput["names"]; unit: string; source: string; moved: (name: string, fromPct: number, toPct: number) => string; locale: Locale },
): ChartFigure[] {
  const { rows, baseCrossing, horizonYears } = sensitivity;
  return (["for", "against"] as const).flatMap((key, series) =>
    rows.map((r, index): ChartFigure => {
      const crossing = r[key].reachesNextStageIn;
      return {
        series: key === "for" ? text.names.for : text.names.against,
        region: text.names.assumptions[r.key],
        year: crossing,
        periodStart: null,
        value: baseCrossing === null || crossing === null ? null : crossing - baseCrossing,
        label: barLabel(crossing, baseYear, horizonYears, text.locale),
        unit: text.unit,
        qualifier: null,
        source: { title: text.source, href: null },
        locator: text.moved(text.names.assumptions[r.key], r.valuePct, r[key].valuePct),
        at: { series, index },
      };
    }),
  );
}
