// The data block a chart carries (components/charts/server-chart.tsx writes it as JSON), read and checked once
// per chart. Shared by the always-loaded chart script and the lazily loaded tooltip script.

export type ChartTip = { at: [number, number]; lines: string[] };
export type ChartData = {
  title: string;
  subtitle: string;
  sources: string[];
  sourceLine: string;
  csv: { header: string[]; rows: (string | number | null)[][] } | null;
  tips: ChartTip[];
};

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const isCell = (value: unknown) => value === null || typeof value === "string" || typeof value === "number";

/** Checks the shape by hand: zod would triple this script's size, and the block comes from our own server. */
function parse(text: string): ChartData | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const data = value as Record<string, unknown>;
  const csv = data.csv as { header?: unknown; rows?: unknown } | null;
  const csvOk = csv === null || (isStrings(csv?.header) && Array.isArray(csv.rows) && csv.rows.every((row) => Array.isArray(row) && row.every(isCell)));
  const tipsOk = Array.isArray(data.tips) && data.tips.every((t: { at?: unknown; lines?: unknown }) => Array.isArray(t?.at) && t.at.length === 2 && t.at.every(Number.isInteger) && isStrings(t.lines));
  if (typeof data.title !== "string" || typeof data.subtitle !== "string" || typeof data.sourceLine !== "string" || !isStrings(data.sources) || !csvOk || !tipsOk) return null;
  return data as ChartData;
}

const cache = new WeakMap<Element, ChartData | null>();

export function chartData(figure: Element): ChartData | null {
  if (!cache.has(figure)) {
    const block = figure.querySelector(":scope > script[data-chart-data]");
    cache.set(figure, block?.textContent ? parse(block.textContent) : null);
  }
  return cache.get(figure) ?? null;
}

/** The rendering (desktop or phone) the reader is looking at. */
export function visibleSvg(figure: Element): SVGSVGElement | undefined {
  return [...figure.querySelectorAll<SVGSVGElement>(".chart__canvas svg")].find((svg) => svg.getBoundingClientRect().width > 0);
}

/** Handed from the loader (chart-downloads.ts) to the tooltip script: the element whose event loaded it. */
export type TipHandoff = { pending: Element | null };
export const tipHandoffKey = "kechanChartTips";
