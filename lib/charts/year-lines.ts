// Figures over the years, one line per region (and the national figure dashed): the shared builder of the region
// profile's series, an indicator's trend and the region comparison. Every year from the first to the last is on
// the axis, so a year without a figure is a gap and never bridged; a qualified figure ("超过9,000") is an open mark
// at its bound pointing the way the true value lies, labelled with its qualifier; a period (2026—2030) is a band
// over its years. The legend names every kind of mark drawn.
import type { EChartsOption } from "echarts";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { boundOf, boundSymbol, figureLabel, toChartFigure, yearShort, type Bound, type SourcedFigure } from "./chart-figures";
import { punctuation } from "./punctuation";
import { chartText, ink, muted, reference, series as palette, unitValueAxis } from "./theme";
import type { ChartFigure } from "./types";

export type YearLine = { name: string; figures: SourcedFigure[] };

export type YearLinesInput = {
  lines: YearLine[];
  /** The national figure, drawn dashed and grey behind the regions' lines. */
  reference?: YearLine | null;
  unitLabel: string;
  /** The page's language: labels, legend names and notes are written in it. */
  locale: Locale;
};

const referenceColour = reference;

/** With this many figures or fewer on a lone line, every one is labelled; past it, the ends, extremes and qualified. */
const labelAllUpTo = 12;

type Slot = { figure: SourcedFigure; bound: Bound };
type DrawnLine = { name: string; colour: string; marker: string; dash: LineDash; isReference: boolean; slots: (Slot | null)[] };
type LineDash = "solid" | "dashed" | number[];

/**
 * Each line's own marker and dash besides its colour, so lines stay apart in greyscale print and for readers
 * who cannot tell two of the colours apart (lib/theme/colour-vision.test.ts checks the colours themselves).
 * The reference line is dashed and marked with an empty circle.
 */
export const lineMarkers = ["circle", "rect", "triangle", "diamond", "roundRect", "pin"] as const;
export const lineDashes: LineDash[] = ["solid", "solid", [8, 3], [8, 3], [2, 3], [2, 3]];

/** Every year from the first (a period's first year included) to the last any line reports. */
export function axisYears(lines: YearLine[]): number[] {
  const years = lines.flatMap((l) => l.figures.flatMap((f) => [f.periodStart ?? f.year, f.year]));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const boundOrder: Exclude<Bound, null>[] = ["above", "below", "about"];

/** Where each figure is drawn; the option and the figures list both come from it, so their indexes agree. */
function layout({ lines, reference }: YearLinesInput) {
  const all = reference ? [...lines, reference] : lines;
  const years = axisYears(all);
  const index = new Map(years.map((y, i) => [y, i]));
  const drawn: DrawnLine[] = all.map((line, i) => {
    const isReference = reference !== null && reference !== undefined && i === lines.length;
    const slots: (Slot | null)[] = years.map(() => null);
    // One figure per year: an exact figure stands over a bound (the caller usually settles this already).
    for (const figure of line.figures) {
      const at = index.get(figure.year)!;
      const held = slots[at];
      if (held && held.bound === null) continue;
      slots[at] = { figure, bound: boundOf(figure.qualifier) };
    }
    const style = isReference
      ? { colour: referenceColour, marker: "emptyCircle", dash: "dashed" as const }
      : { colour: palette[i % palette.length]!, marker: lineMarkers[i % lineMarkers.length]!, dash: lineDashes[i % lineDashes.length]! };
    return { name: line.name, ...style, isReference, slots };
  });
  const bounds = boundOrder.filter((b) => drawn.some((l) => l.slots.some((s) => s?.bound === b)));
  const periods = drawn.flatMap((l) => l.slots.flatMap((s) => (s && s.figure.periodStart !== null && s.figure.periodStart !== s.figure.year ? [{ line: l, slot: s }] : [])));
  return { years, drawn, bounds, periods, lineCount: lines.length };
}

/** Series index of each kind of mark: the lines first, then the period bands, then one series per kind of bound. */
function seriesIndexes(plan: ReturnType<typeof layout>) {
  const periodsAt = plan.drawn.length;
  const boundsAt = periodsAt + plan.periods.length;
  return { periodsAt, boundAt: (b: Exclude<Bound, null>) => boundsAt + plan.bounds.indexOf(b) };
}

/** The figures as drawn, each with where its mark sits (series, data index), in line order then year order. */
export function yearLinesFigures(input: YearLinesInput): ChartFigure[] {
  const plan = layout(input);
  const { boundAt } = seriesIndexes(plan);
  const counters = new Map<Bound, number>();
  // Bound marks are numbered in the same order buildYearLinesOption lists them: line by line, year by year.
  return plan.drawn.flatMap((line, seriesIndex) =>
    line.slots.flatMap((slot, yearIndex) => {
      if (!slot) return [];
      if (slot.bound === null) return [toChartFigure(slot.figure, line.name, input.locale, { series: seriesIndex, index: yearIndex })];
      const k = counters.get(slot.bound) ?? 0;
      counters.set(slot.bound, k + 1);
      return [toChartFigure(slot.figure, line.name, input.locale, { series: boundAt(slot.bound), index: k })];
    }),
  );
}

type Placement = { position: "top" | "bottom"; align: "center" | "left" | "right" };

/**
 * Where a point's label goes so its own line never runs through it: above a peak, below a trough, and on a slope
 * above the point on the side of the lower neighbour (the line there runs below the text).
 */
export function labelPlacement(values: (number | null)[], i: number): Placement {
  const value = values[i];
  if (value === null || value === undefined) return { position: "top", align: "center" };
  const before = values[i - 1] ?? null;
  const after = values[i + 1] ?? null;
  const higher = (v: number | null) => v !== null && v > value;
  if (!higher(before) && !higher(after)) return { position: "top", align: "center" };
  if (higher(before) && higher(after)) return { position: "bottom", align: "center" };
  if (before === null || after === null) return { position: "bottom", align: "center" };
  // Rising: the lower neighbour is before, so the text runs left of the point; falling: right.
  return { position: "top", align: higher(after) ? "right" : "left" };
}

/** Rough width of a text in pixels: CJK characters a full em, others about half. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.58;
  return width;
}

/** Rows an ECharts legend of these names wraps to in `width` pixels (icon 22 + gap 5, items 10 apart). */
export function legendRows(names: string[], width: number, fontSize: number): number {
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const item = 22 + 5 + textWidth(name, fontSize) + 10;
    if (x > 0 && x + item > width) {
      rows += 1;
      x = 0;
    }
    x += item;
  }
  return rows;
}

/** Which exact figures of a lone line are labelled: all of a short series; else the ends and the extremes. */
function labelledYears(values: (number | null)[]): Set<number> {
  const known = values.flatMap((v, i) => (v === null ? [] : [i]));
  if (known.length <= labelAllUpTo) return new Set(known);
  const byValue = [...known].sort((a, b) => values[a]! - values[b]!);
  return new Set([known[0]!, known.at(-1)!, byValue[0]!, byValue.at(-1)!]);
}

export function buildYearLinesOption(input: YearLinesInput, width: number) {
  const m = getMessages(input.locale).regions.marks;
  const plan = layout(input);
  const { periodsAt, boundAt } = seriesIndexes(plan);
  const narrow = width < 500;
  const fontSize = narrow ? 11 : 13;
  const labelAll = plan.lineCount === 1 && !input.reference;
  const label = (slot: Slot) => {
    const text = figureLabel(slot.figure.value, slot.figure.qualifier, slot.figure.unit, input.locale);
    return slot.figure.periodStart !== null && slot.figure.periodStart !== slot.figure.year ? `${yearShort(slot.figure, input.locale)} ${text}` : text;
  };
  const labelStyle = { color: ink, fontSize, backgroundColor: "rgba(255,255,255,0.85)", padding: [1, 3] as [number, number], borderRadius: 2 };
  const values = plan.drawn.flatMap((l) => l.slots.flatMap((s) => (s ? [s.figure.value] : [])));
  // Headroom above the highest figure for its label.
  const top = Math.max(0, ...values);
  const axis = unitValueAxis(input.unitLabel, fontSize, values.length > 0 ? [...values, top * 1.12] : undefined);
  const range = { min: ("min" in axis ? axis.min : undefined) ?? 0, max: ("max" in axis ? axis.max : undefined) ?? (top || 1) };
  const lastYear = plan.years.length - 1;
  /** labelPlacement, kept inside the chart: never under the axis labels, never past either end of the plot. */
  const place = (values: (number | null)[], i: number) => {
    let placed = labelPlacement(values, i);
    if (placed.position === "bottom" && values[i]! - range.min < 0.15 * (range.max - range.min)) placed = { position: "top", align: placed.align };
    if (i === lastYear && lastYear > 0) placed = { ...placed, align: "right" };
    else if (i === 0 && lastYear > 0) placed = { ...placed, align: "left" };
    return placed;
  };

  const lineSeries = plan.drawn.map((line) => {
    const values = line.slots.map((s) => s?.figure.value ?? null);
    const labelled = labelAll ? labelledYears(values) : new Set<number>();
    return {
      name: line.name,
      type: "line" as const,
      connectNulls: false,
      showAllSymbol: true,
      symbol: line.marker,
      symbolSize: narrow ? 6 : 7,
      lineStyle: { width: 2, color: line.colour, type: line.dash },
      itemStyle: { color: line.colour },
      z: line.isReference ? 1 : 2,
      labelLayout: { hideOverlap: true },
      data: line.slots.map((slot, i) => {
        if (!slot) return null;
        // A bound keeps its place on the line (the segment to it is drawn) but its mark is the open one below.
        if (slot.bound !== null) return { value: slot.figure.value, symbol: "none" };
        if (!labelled.has(i)) return slot.figure.value;
        return { value: slot.figure.value, label: { show: true, ...place(values, i), formatter: label(slot), ...labelStyle } };
      }),
    };
  });

  const periodSeries = plan.periods.map(({ line, slot }) => ({
    name: m.period,
    type: "line" as const,
    silent: true,
    symbol: "none",
    lineStyle: { width: 8, color: line.colour, opacity: 0.3, cap: "round" as const },
    itemStyle: { color: line.colour, opacity: 0.3 },
    data: plan.years.map((y) => (y >= slot.figure.periodStart! && y <= slot.figure.year ? slot.figure.value : null)),
  }));

  const boundSeries = plan.bounds.map((bound) => ({
    name: m.bounds[bound],
    type: "scatter" as const,
    ...boundSymbol[bound],
    symbolSize: narrow ? 11 : 13,
    itemStyle: { color: ink, borderWidth: 2 },
    z: 3,
    labelLayout: { hideOverlap: true },
    data: plan.drawn.flatMap((line) =>
      line.slots.flatMap((slot, i) => {
        if (!slot || slot.bound !== bound) return [];
        const values = line.slots.map((s) => s?.figure.value ?? null);
        // The label sits where the true value is not: a lower bound's label above it would read as the value.
        const placed = bound === "below" ? { position: "bottom" as const, align: "center" as const } : place(values, i);
        return [{
          value: [i, slot.figure.value],
          itemStyle: { color: line.colour, borderColor: line.colour },
          label: { show: true, ...placed, distance: 8, formatter: label(slot), fontWeight: 600 as const, ...labelStyle },
        }];
      }),
    ),
  }));
  if (periodSeries.length > 0 && periodsAt !== lineSeries.length) throw new Error("period series out of place");
  if (plan.bounds.length > 0 && boundAt(plan.bounds[0]!) !== lineSeries.length + periodSeries.length) throw new Error("bound series out of place");

  const legendNames = [
    ...(plan.lineCount > 1 || input.reference ? plan.drawn.map((l) => l.name) : []),
    ...(periodSeries.length > 0 ? [m.period] : []),
    ...plan.bounds.map((b) => m.bounds[b]),
  ];
  const legendHeight = legendNames.length > 0 ? legendRows(legendNames, width - 16, fontSize) * (fontSize + 10) : 0;
  return {
    textStyle: chartText,
    legend: legendNames.length > 0 ? { top: 0, left: 0, itemWidth: 22, data: legendNames, textStyle: { color: ink, fontSize } } : undefined,
    // Room above the plot for the legend and the axis name (the unit).
    grid: { left: 8, right: narrow ? 16 : 28, top: legendHeight + fontSize + 18, bottom: 8 },
    xAxis: {
      type: "category" as const,
      data: plan.years.map(String),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: muted, fontSize: fontSize - 1, hideOverlap: true },
    },
    yAxis: axis,
    series: [...lineSeries, ...periodSeries, ...boundSeries],
  } satisfies EChartsOption;
}

/** What the chart's caption adds to its marks: that gaps are gaps (when there is one), and whose years are only publication years. */
export function yearLinesNotes(input: YearLinesInput): string[] {
  const m = getMessages(input.locale).regions.marks;
  const plan = layout(input);
  const hasGap = plan.drawn.some((line) => {
    const known = line.slots.flatMap((s, i) => (s ? [i] : []));
    return known.length > 1 && known.at(-1)! - known[0]! + 1 > known.length;
  });
  const published = plan.drawn.filter((l) => l.slots.some((s) => s?.figure.yearBasis === "publication")).map((l) => l.name);
  return [...(hasGap ? [m.gaps] : []), ...(published.length > 0 ? [m.publicationYear(published.join(punctuation(input.locale).list))] : [])];
}
