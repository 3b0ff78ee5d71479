// Shared chart styling: the CJK font stack, the stage band palette and round value axes, so every chart reads alike.
import { light } from "@/lib/theme/tokens";

export const chartFont = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const chartText = { fontFamily: chartFont, color: light("chart-ink"), fontSize: 13 } as const;

/** No chart text is drawn smaller than this (render-svg raises any smaller fontSize): legible on a phone. */
export const minChartFontSize = 11;

/** One colour per stage order (1-5): from pale sand for factor-driven to blue for innovation-driven, each a step
 * darker than the one before, so the order reads in greyscale print and to colour-blind readers as well
 * (lib/theme/colour-vision.test.ts). */
export const stagePalette: Record<number, string> = {
  1: "#f7e9d2",
  2: "#e0d892",
  3: "#98cda4",
  4: "#7fb2dd",
  5: "#6e9bd2",
};

/** Text on each stage colour, at 5.6:1 or more: still over 4.5:1 where a tile sets its figure a little fainter. */
export const stageTextColour: Record<number, string> = {
  1: "#7a4b0f",
  2: "#654a11",
  3: "#1c492b",
  4: "#143456",
  5: "#0c2138",
};

// Chart colours are the light values of the site's tokens (lib/theme/tokens.ts); the dark theme repaints
// these roles in the drawn SVG from the same table.
export const accent = light("accent");
export const ink = light("chart-ink");
export const muted = light("chart-muted");
/** Grid lines, axis lines and reference marks. */
export const grid = light("chart-grid");
export const axisLine = light("chart-axis");
export const reference = light("chart-reference");
export const series = [light("series-1"), light("series-2"), light("series-3"), light("series-4"), light("series-5"), light("series-6")];

export type RoundTicks = { min: number; max: number; interval: number };

/** Most intervals an axis is split into; the fewest is about half that, so the data fills most of the axis. */
const maxIntervals = 6;

/** The 1, 2, 5 × 10ⁿ step at or above `step`. */
export function roundStep(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 1;
  const power = 10 ** Math.floor(Math.log10(step));
  const fraction = step / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  // Rounding keeps 0.1 × 3 style float noise (0.30000000000000004) out of the step.
  return Number((nice * power).toPrecision(12));
}

/**
 * Round ticks for a value axis over `values`: the axis starts at zero (or below it for negative data), ends at
 * the first tick at or past the largest value, and steps by 1, 2 or 5 × 10ⁿ — 0, 2,000, 4,000 … 14,000, never
 * 7,000, 8,000, 10,000.
 */
export function roundValueTicks(values: readonly number[], intervals = maxIntervals): RoundTicks {
  const finite = values.filter((v) => Number.isFinite(v));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  if (low === high) return { min: 0, max: 1, interval: 1 };
  let interval = roundStep((high - low) / intervals);
  // The floor and ceiling can add an interval each; step up until the ticks fit.
  while (Math.ceil(high / interval - 1e-9) - Math.floor(low / interval + 1e-9) > intervals) interval = roundStep(interval * 1.01);
  const fix = (v: number) => Number(v.toPrecision(12));
  return { min: fix(Math.floor(low / interval + 1e-9) * interval), max: fix(Math.ceil(high / interval - 1e-9) * interval), interval };
}

/**
 * The value axis of a chart over years: the unit as its name, muted labels, light grid lines. Given the values
 * drawn on it, its ticks are round (roundValueTicks); without them render-svg rounds it from the series data.
 */
export function unitValueAxis(unitLabel: string, fontSize: number, values?: readonly number[]) {
  const labelSize = Math.max(minChartFontSize, fontSize - 1);
  return {
    type: "value" as const,
    name: unitLabel,
    nameTextStyle: { color: muted, fontSize: labelSize, align: "left" as const },
    axisLabel: { color: muted, fontSize: labelSize },
    splitLine: { lineStyle: { color: grid } },
    ...(values && values.length > 0 ? roundValueTicks(values) : {}),
  };
}
