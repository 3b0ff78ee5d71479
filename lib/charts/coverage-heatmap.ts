// Option builder: which case reports which row, as a grid of squares (a heatmap drawn with the scatter
// chart so no extra ECharts module is needed). Dark = reported, light = not reported; never a score.
import type { EChartsOption } from "echarts";
import { chartText, ink, muted } from "./theme";

export type CoverageGrid = { columns: string[]; rows: string[]; reported: boolean[][] };

const reportedColour = "#0f766e";
const absentColour = "#e5e7eb";

export function buildCoverageOption({ columns, rows, reported }: CoverageGrid, width: number, height: number) {
  const fontSize = width < 500 ? 11 : 13;
  const labelWidth = width < 500 ? 110 : 190;
  const columnWidth = (width - labelWidth - 16) / columns.length;
  const rowHeight = (height - 48) / rows.length;
  return {
    textStyle: chartText,
    grid: { left: labelWidth, right: 8, top: 40, bottom: 8 },
    xAxis: {
      type: "category",
      position: "top",
      data: columns,
      axisTick: { show: false },
      axisLine: { show: false },
      // Long names (English ones especially) wrap within their column rather than run into the next.
      axisLabel: { color: ink, fontSize, interval: 0, fontWeight: 600 as const, width: Math.max(40, columnWidth - 8), overflow: "break" as const, lineHeight: fontSize + 3 },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows,
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: muted, fontSize: fontSize - 1, width: labelWidth - 12, overflow: "truncate" as const },
    },
    series: [
      {
        type: "scatter" as const,
        symbol: "roundRect",
        symbolSize: [Math.max(columnWidth * 0.92, 8), Math.max(rowHeight * 0.8, 8)],
        data: rows.flatMap((_, y) =>
          columns.map((_, x) => ({ value: [x, y], itemStyle: { color: reported[y]?.[x] ? reportedColour : absentColour } })),
        ),
      },
    ],
  } satisfies EChartsOption;
}
