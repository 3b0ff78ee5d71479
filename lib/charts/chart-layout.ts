// Layout sums for server-drawn charts, where nothing can be measured after drawing: text widths, legend rows,
// round axis ticks and how many category labels fit.
import { ink, roundStep } from "./theme";

/** Approximate width of a label: CJK and full-width characters one em, digits and Latin about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.62;
  return ems * fontSize;
}

export type LegendStyle = { fontSize: number; itemWidth: number; itemGap: number };

/** A legend across the top of the chart, wrapping within its width (legendRows counts the rows it takes). */
export function topLegend(style: LegendStyle, names: string[]) {
  return {
    top: 0,
    left: 0,
    right: 0,
    itemWidth: style.itemWidth,
    itemGap: style.itemGap,
    textStyle: { color: ink, fontSize: style.fontSize },
    data: names,
  };
}

/**
 * Rows an ECharts horizontal legend wraps into within `width` (it wraps an item that would run past the edge).
 * Text is counted a tenth wider than estimated: a row too many leaves a gap, a row too few runs into the plot.
 */
export function legendRows(names: string[], width: number, { fontSize, itemWidth, itemGap }: LegendStyle): number {
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const item = itemWidth + 5 + textWidth(name, fontSize) * 1.1;
    if (x > 0 && x + item > width) {
      rows += 1;
      x = 0;
    }
    x += item + itemGap;
  }
  return rows;
}

/** Height a legend of `rows` rows takes, with the gap ECharts puts between rows. */
export function legendHeight(rows: number, { fontSize, itemGap }: LegendStyle): number {
  const rowHeight = Math.max(14, Math.ceil(fontSize * 1.3));
  return rows * rowHeight + (rows - 1) * itemGap;
}

/** A round step (1, 2 or 5 × 10ⁿ, theme.ts roundStep) that splits `span` into at most `maxTicks` intervals. */
export function niceStep(span: number, maxTicks: number): number {
  return roundStep(span / Math.max(1, maxTicks));
}

/** Axis bounds on multiples of a round step, covering [low, high]: every tick a round number. */
export function niceAxis(low: number, high: number, maxTicks: number): { min: number; max: number; interval: number } {
  const interval = niceStep(high - low || Math.abs(high) || 1, maxTicks);
  const min = Math.floor(low / interval) * interval;
  let max = Math.ceil(high / interval) * interval;
  if (max === min) max = min + interval;
  // Floating steps such as 0.1 leave 0.30000000000000004 behind; keep the digits the step has.
  const digits = Math.max(0, -Math.floor(Math.log10(interval)));
  return { min: Number(min.toFixed(digits)), max: Number(max.toFixed(digits)), interval };
}

/** ECharts' category label interval (labels skipped between two shown) so labels of `labelWidth` never touch. */
export function categoryLabelInterval(count: number, plotWidth: number, labelWidth: number): number {
  const slot = plotWidth / Math.max(1, count - 1);
  return Math.max(0, Math.ceil((labelWidth + 8) / slot) - 1);
}
