// Two rules every server-drawn chart keeps, applied to its option just before it is drawn (render-svg): no text
// under minChartFontSize, and value axes that step by round numbers. Builders may still set their own axis
// range or interval; an axis that does is left as it is.
import type { EChartsOption } from "echarts";
import { minChartFontSize, roundValueTicks } from "./theme";

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A copy with every `fontSize` raised to at least `min` (formatters and other values are kept as they are). */
export function withMinFontSize<T>(value: T, min = minChartFontSize): T {
  if (Array.isArray(value)) return value.map((item) => withMinFontSize(item, min)) as T;
  if (!isPlain(value)) return value;
  const copy: Plain = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === "fontSize" && typeof item === "number" && item < min ? min : withMinFontSize(item, min);
  }
  return copy as T;
}

const asList = (axis: unknown): Plain[] => (Array.isArray(axis) ? axis.filter(isPlain) : isPlain(axis) ? [axis] : []);

/**
 * A value axis this module may set ticks on: linear, shown, and with no range or interval of the builder's —
 * except `min: 0` over values none of which is negative, where the round ticks start at zero anyway.
 */
function isOpenValueAxis(axis: Plain | undefined, defaultType: string, values: readonly number[]): boolean {
  if (!axis) return false;
  const type = axis.type ?? defaultType;
  const openMin = axis.min === undefined || (axis.min === 0 && values.every((v) => v >= 0));
  return type === "value" && axis.show !== false && openMin && axis.max === undefined && axis.interval === undefined;
}

/** The numbers a series draws along its value axis (`coordinate` 0 for x, 1 for y in [x, y] pairs). */
function seriesValues(data: unknown, coordinate: 0 | 1): number[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((item) => {
    const value = isPlain(item) ? item.value : item;
    const picked = Array.isArray(value) ? value[coordinate] : value;
    return typeof picked === "number" && Number.isFinite(picked) ? [picked] : [];
  });
}

/**
 * A copy whose open value axes (see isOpenValueAxis) get round ticks from the data drawn on them. Stacked series
 * are left to ECharts, whose extent is of the sums.
 */
export function withRoundValueAxes(option: EChartsOption): EChartsOption {
  const xAxes = asList(option.xAxis);
  const yAxes = asList(option.yAxis);
  const series = asList(option.series);
  if (series.some((s) => s.stack !== undefined)) return option;
  const collected = { x: new Map<number, number[]>(), y: new Map<number, number[]>() };
  for (const s of series) {
    if (!["line", "bar", "scatter"].includes(String(s.type))) continue;
    const xi = typeof s.xAxisIndex === "number" ? s.xAxisIndex : 0;
    const yi = typeof s.yAxisIndex === "number" ? s.yAxisIndex : 0;
    const yIsValue = (yAxes[yi]?.type ?? "value") === "value";
    const xIsValue = (xAxes[xi]?.type ?? "category") === "value";
    if (yIsValue && xIsValue) {
      collected.x.set(xi, [...(collected.x.get(xi) ?? []), ...seriesValues(s.data, 0)]);
      collected.y.set(yi, [...(collected.y.get(yi) ?? []), ...seriesValues(s.data, 1)]);
    } else if (yIsValue) collected.y.set(yi, [...(collected.y.get(yi) ?? []), ...seriesValues(s.data, 1)]);
    else if (xIsValue) collected.x.set(xi, [...(collected.x.get(xi) ?? []), ...seriesValues(s.data, 0)]);
  }
  const round = (axes: Plain[], values: Map<number, number[]>, defaultType: string) =>
    axes.map((axis, i) => {
      const drawn = values.get(i) ?? [];
      return drawn.length > 0 && isOpenValueAxis(axis, defaultType, drawn) ? { ...axis, ...roundValueTicks(drawn) } : axis;
    });
  // A horizontal value axis on a phone has room for few labels: ECharts drops those that would overlap.
  const spaced = (axes: Plain[]) =>
    axes.map((axis) => (axis.type === "value" ? { ...axis, axisLabel: { hideOverlap: true, ...(isPlain(axis.axisLabel) ? axis.axisLabel : {}) } } : axis));
  const rounded: Plain = { ...option };
  if (xAxes.length > 0) rounded.xAxis = Array.isArray(option.xAxis) ? spaced(round(xAxes, collected.x, "category")) : spaced(round(xAxes, collected.x, "category"))[0];
  if (yAxes.length > 0) rounded.yAxis = Array.isArray(option.yAxis) ? round(yAxes, collected.y, "value") : round(yAxes, collected.y, "value")[0];
  return rounded as EChartsOption;
}

/** Both rules, in the order render-svg applies them. */
export function legibleOption(option: EChartsOption): EChartsOption {
  return withMinFontSize(withRoundValueAxes(option));
}
