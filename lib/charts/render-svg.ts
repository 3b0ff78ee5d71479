// Server-side ECharts: renders an option to an SVG string so charts are on screen at first paint.
// Renders are memoised: the same figures drawn at the same size give the same SVG, and a render costs
// 5-15 ms, most of a page's server time.
import * as echarts from "echarts/core";
import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { EChartsOption } from "echarts";
import { legibleOption } from "./legible-option";
import { measureChartText } from "./text-metrics";

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);
// Lay text out with the widths of the font the page draws it in (lib/charts/text-metrics.ts).
echarts.setPlatformAPI({ measureText: (text, font) => ({ width: measureChartText(text, font) }) });

export type ChartSize = { width: number; height: number };

// Repeat views of a page come from the page cache (lib/http/page-cache.ts); this keeps charts shared
// between pages and pages just rendered again after an import, within a few MB.
const maxCached = 200;
const cache = new Map<string, string>();

function render(option: EChartsOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    // legibleOption: no text under 11 px, round value axes. With `ssr: true` each mark carries ecmeta_* attributes
    // (series and data index), which the tooltip script (lib/client/chart-tooltip.ts) maps to the chart's figures.
    chart.setOption({ animation: false, ...legibleOption(option) });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function renderChartSvg(option: EChartsOption, size: ChartSize): string {
  const key = JSON.stringify([option, size]);
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Refresh its place: the map's insertion order doubles as least-recently-used order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const svg = render(option, size);
  cache.set(key, svg);
  if (cache.size > maxCached) cache.delete(cache.keys().next().value!);
  return svg;
}
