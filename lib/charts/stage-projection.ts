// Option builder: GDP per capita over the years against the stage bands, reported and projected.
import type { EChartsOption } from "echarts";
import type { BandSummary } from "@/lib/domain/stage-report";
import type { ProjectionPoint } from "@/lib/domain/projection";
import { formatUsd } from "@/lib/format";
import { accent, chartText, ink, muted, series, stagePalette, stageTextColour } from "./theme";
import type { MarkAreaPair } from "./types";

export type ReportedPoint = ProjectionPoint & { label: string };

export type ProjectionChartInput = {
  bands: BandSummary[];
  reported: ReportedPoint[];
  projected: ProjectionPoint[];
  crossingYear: number | null;
  width: number;
  names: { reported: string; projected: string; axis: string };
};

export function projectionAxisRange(bands: BandSummary[], values: number[]): { min: number; max: number } {
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Keep the threshold just above the highest value in view, so the crossing is visible.
  const threshold = bands.map((b) => b.minUsd).find((t): t is number => t !== null && t > low) ?? high;
  const min = Math.max(0, Math.floor((low * 0.85) / 1000) * 1000);
  const max = Math.ceil((Math.max(high, threshold) * 1.08) / 1000) * 1000;
  return { min, max };
}

export function buildProjectionOption({ bands, reported, projected, crossingYear, width, names }: ProjectionChartInput) {
  const allPoints = [...reported, ...projected];
  const firstYear = Math.min(...allPoints.map((p) => p.year));
  const lastYear = Math.max(...allPoints.map((p) => p.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
  const { min, max } = projectionAxisRange(bands, allPoints.map((p) => p.gdpPerCapitaUsd));
  const fontSize = width < 500 ? 11 : 13;
  const at = (points: ProjectionPoint[]) =>
    years.map((y) => {
      const point = points.find((p) => String(p.year) === y);
      return point ? Number(point.gdpPerCapitaUsd.toFixed(0)) : null;
    });

  const visibleBands = bands.filter((b) => (b.maxUsd ?? Infinity) > min && (b.minUsd ?? 0) < max);
  const crossing = projected.find((p) => p.year === crossingYear);
  const projectedValues = at(projected);

  return {
    textStyle: chartText,
    legend: { top: 0, right: 0, itemWidth: 18, textStyle: { color: ink, fontSize } },
    grid: { left: 8, right: width < 500 ? 12 : 20, top: 40, bottom: 8 },
    xAxis: {
      type: "category",
      data: years,
      boundaryGap: false,
      axisLabel: { color: muted, fontSize: fontSize - 1, interval: width < 500 ? 2 : 0 },
    },
    yAxis: {
      type: "value",
      min,
      max,
      name: names.axis,
      nameTextStyle: { color: muted, fontSize: fontSize - 1, align: "left" as const },
      axisLabel: { color: muted, fontSize: fontSize - 1 },
      splitLine: { lineStyle: { color: "#e5e7eb" } },
    },
    series: [
      {
        name: names.reported,
        type: "scatter",
        symbolSize: 11,
        itemStyle: { color: series[0] },
        data: years.map((y) => {
          const point = reported.find((p) => String(p.year) === y);
          return point
            ? {
                value: Number(point.gdpPerCapitaUsd.toFixed(0)),
                // At the left edge a label above the point would run into the axis labels.
                label: { show: true, position: y === years[0] ? ("right" as const) : ("top" as const), formatter: point.label, color: ink, fontSize, fontWeight: 600 as const },
              }
            : null;
        }),
        markArea: {
          silent: true,
          data: visibleBands.map((band): MarkAreaPair => [
            {
              yAxis: Math.max(band.minUsd ?? 0, min),
              name: band.nameZh,
              itemStyle: { color: stagePalette[band.order], opacity: 0.55 },
              // Top left: the rising path leaves that corner of each band clear.
              label: { position: "insideTopLeft" as const, color: stageTextColour[band.order], fontSize: fontSize - 1, fontWeight: 600 as const },
            },
            { yAxis: Math.min(band.maxUsd ?? max, max) },
          ]),
        },
      },
      {
        name: names.projected,
        type: "line",
        symbol: "circle",
        symbolSize: 6,
        lineStyle: { type: "dashed" as const, width: 2, color: series[0] },
        itemStyle: { color: series[0] },
        data: projectedValues.map((value, i) => {
          const y = years[i];
          if (value === null || !crossing || String(crossing.year) !== y) return value;
          return {
            value,
            symbolSize: 10,
            label: {
              show: true,
              position: "left" as const,
              distance: 10,
              formatter: `${crossing.year}年 ${formatUsd(crossing.gdpPerCapitaUsd)}`,
              color: accent,
              fontSize,
              fontWeight: 600 as const,
            },
          };
        }),
        markLine: crossing
          ? {
              silent: true,
              symbol: "none",
              lineStyle: { color: accent, type: "solid" as const, width: 1.5 },
              label: { show: false },
              data: [{ xAxis: String(crossing.year) }],
            }
          : undefined,
      },
    ],
  } satisfies EChartsOption;
}
