// Option builder: the indicators' correlation matrix as a grid of coloured squares with r written in each
// (a heatmap drawn with the scatter chart, like coverage-heatmap.ts, so no extra ECharts module is needed).
// Blue for positive, red for negative, paler towards 0; a pair without enough figures is grey and says "—".
import type { EChartsOption } from "echarts";
import type { CorrelationMatrix } from "@/lib/index/correlation";
import { chartText, grid, ink } from "./theme";

/** Colour and text colour for an r: five steps each side of zero, light to dark, text white on the darkest. */
export function correlationColour(r: number | null): { fill: string; text: string } {
  // Cell text keeps its own dark colour (not the chart ink, which the dark theme lightens): the cells stay pale.
  if (r === null) return { fill: "#e5e7eb", text: "#374151" };
  const positive = ["#f8fafc", "#dbeafe", "#93c5fd", "#3b82f6", "#1e40af"];
  const negative = ["#f8fafc", "#fee2e2", "#fca5a5", "#ef4444", "#991b1b"];
  const step = Math.min(4, Math.floor(Math.abs(r) * 5));
  const fill = (r >= 0 ? positive : negative)[step]!;
  return { fill, text: step >= 3 ? "#ffffff" : "#111827" };
}

/** r to two decimals with a true minus sign, "—" when there is none. */
export function correlationText(r: number | null): string {
  if (r === null) return "—";
  const text = r.toFixed(2);
  return text.startsWith("-") ? `−${text.slice(1)}` : text;
}

/** Where the grid goes: row labels on the left, column labels above (rotated names; numbers on a phone). */
export function correlationLayout(indicators: number, width: number) {
  const isPhone = width < 500;
  const labelWidth = isPhone ? 120 : 170;
  const top = isPhone ? 28 : 108;
  const cell = Math.min((width - labelWidth - 12) / Math.max(1, indicators), isPhone ? 34 : 48);
  return { isPhone, labelWidth, top, cell, height: Math.ceil(top + indicators * cell + 12) };
}

export function correlationChartHeight(indicators: number, width: number): number {
  return correlationLayout(indicators, width).height;
}

/** `names` are the indicators' labels, in the matrix's order. */
export function buildCorrelationOption(matrix: CorrelationMatrix, names: readonly string[], width: number) {
  const size = matrix.indicators.length;
  const { isPhone, labelWidth, top, cell } = correlationLayout(size, width);
  const fontSize = isPhone ? 11 : 12;
  const shortNames = names.map((n, i) => (isPhone ? String(i + 1) : n));
  return {
    textStyle: chartText,
    grid: { left: labelWidth, top, width: cell * size, height: cell * size },
    xAxis: {
      type: "category" as const,
      position: "top" as const,
      data: shortNames,
      axisTick: { show: false },
      axisLine: { show: false },
      // Rotated so long names fit above narrow columns; on phones the columns are numbered like the rows.
      axisLabel: { color: ink, fontSize, interval: 0, rotate: isPhone ? 0 : 40, width: top - 8, overflow: "truncate" as const },
    },
    yAxis: {
      type: "category" as const,
      inverse: true,
      data: names.map((n, i) => (isPhone ? `${i + 1} ${n}` : n)),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: ink, fontSize, width: labelWidth - 10, overflow: "truncate" as const },
    },
    series: [
      {
        type: "scatter" as const,
        symbol: "rect",
        symbolSize: [cell - 2, cell - 2],
        data: matrix.cells.flatMap((row, y) =>
          row.map((c, x) => {
            const colour = correlationColour(c.r);
            return {
              value: [x, y],
              itemStyle: { color: colour.fill, borderColor: grid, borderWidth: 1 },
              label: { show: true, formatter: correlationText(c.r), color: colour.text, fontSize },
            };
          }),
        ),
      },
    ],
  } satisfies EChartsOption;
}
