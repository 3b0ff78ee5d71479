// Option builder: the five stage bands along a GDP-per-capita axis, with the figures marked on it.
import type { EChartsOption } from "echarts";
import type { BandSummary } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { accent, chartText, ink, muted, stagePalette, stageTextColour } from "./theme";
import type { MarkAreaPair } from "./types";

export type BandMarker = { label: string; gdpPerCapitaUsd: number };

export type StageBandChartInput = {
  bands: BandSummary[];
  markers: BandMarker[];
  width: number;
  axisName: string;
};

const plotPadding = { left: 16, right: 28 };

/** Axis end: past the last threshold and every marker, rounded up to a multiple of 5,000. */
export function bandAxisMax(bands: BandSummary[], markers: BandMarker[]): number {
  const lastThreshold = Math.max(...bands.map((b) => b.minUsd ?? 0));
  const highest = Math.max(lastThreshold * 1.35, ...markers.map((m) => m.gdpPerCapitaUsd * 1.12));
  return Math.ceil(highest / 5000) * 5000;
}

export function buildStageBandOption({ bands, markers, width, axisName }: StageBandChartInput) {
  const xMax = bandAxisMax(bands, markers);
  const plotWidth = width - plotPadding.left - plotPadding.right;
  const fontSize = width < 500 ? 11 : 13;

  const areas = bands.map((band): MarkAreaPair => {
    const from = band.minUsd ?? 0;
    const to = band.maxUsd ?? xMax;
    const name = band.isTransition ? "转型" : band.nameZh;
    // Show a band's name only where it fits; the legend under the chart names every band.
    const fits = ((to - from) / xMax) * plotWidth > name.length * fontSize + 8;
    return [
      {
        xAxis: from,
        name,
        itemStyle: { color: stagePalette[band.order] },
        label: { show: fits, position: "insideTop" as const, color: stageTextColour[band.order], fontSize, fontWeight: 600 as const },
      },
      { xAxis: to },
    ];
  });

  const thresholds = bands.filter((b) => b.minUsd !== null).map((b) => ({ xAxis: b.minUsd! }));

  return {
    textStyle: chartText,
    grid: { left: plotPadding.left, right: plotPadding.right, top: 34, bottom: 46 },
    xAxis: {
      type: "value",
      min: 0,
      max: xMax,
      name: axisName,
      nameLocation: "middle",
      nameGap: 28,
      nameTextStyle: { color: muted, fontSize: fontSize - 1 },
      splitLine: { show: false },
      axisLabel: { color: muted, fontSize: fontSize - 1 },
    },
    yAxis: { type: "value", min: 0, max: 1, show: false },
    series: [
      {
        type: "scatter",
        symbol: "triangle",
        symbolSize: 14,
        symbolRotate: 180,
        itemStyle: { color: accent },
        data: markers.map((m, i) => ({
          value: [m.gdpPerCapitaUsd, 0.42],
          label: {
            show: true,
            position: i % 2 === 0 ? ("bottom" as const) : ("top" as const),
            formatter: `${m.label}\n${formatUsd(m.gdpPerCapitaUsd)}`,
            color: ink,
            fontSize,
            fontWeight: 600 as const,
            lineHeight: fontSize + 4,
          },
        })),
        markArea: { silent: true, data: areas },
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: "#94a3b8", type: "dashed" as const, width: 1 },
          label: { position: "insideStartTop" as const, color: muted, fontSize: fontSize - 2, formatter: "{c}" },
          data: thresholds,
        },
      },
    ],
  } satisfies EChartsOption;
}
