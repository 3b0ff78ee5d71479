// ECharts option pieces the builders share.
import type { MarkAreaComponentOption } from "echarts";

export type MarkAreaData = NonNullable<MarkAreaComponentOption["data"]>;
export type MarkAreaPair = Extract<MarkAreaData[number], unknown[]>;

/**
 * One figure as a chart draws it. The chart frame (components/charts/server-chart.tsx) reads these for the
 * Table tab, the CSV export and the tooltip, so all three say the same thing as the marks.
 */
export type ChartFigure = {
  /** The legend's name for the series the figure belongs to (a region, a scenario, a zone). */
  series: string;
  region: string;
  /** The indicator's name, where the chart's marks are different indicators (a zone's counts); else absent. */
  indicator?: string;
  /** The year the figure describes (a period's end year); null when the figure has no year. */
  year: number | null;
  /** First year when the figure covers a period (2026 for 2026—2030), else null. */
  periodStart: number | null;
  /** The number drawn; null for a figure given only in words. */
  value: number | null;
  /** The figure as shown in labels: "超过9,000美元/人". */
  label: string;
  /** Unit label in the page's language: "美元/人", "USD per person". */
  unit: string;
  /** > < ≈ + as the source writes it, or null when exact. */
  qualifier: string | null;
  /** The year is only the document's publication year (the caveat travels with the figure). */
  publicationYear?: boolean;
  /** Short title of the source and where its page is. */
  source: { title: string; href: string | null };
  locator: string;
  /** Where the mark is in the ECharts option (series index, data index), for the tooltip; absent if not drawn. */
  at?: { series: number; index: number };
};
