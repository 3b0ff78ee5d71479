// Horizontal bars for a few labelled figures of one quantity, on a drawn linear axis.
import { buildHorizontalBarOption, type BarDatum, type BarOptions } from "@/lib/charts/bar";
import type { ChartFigure } from "@/lib/charts/types";
import { getMessages } from "@/lib/i18n";
import { chartWidths, ServerChart } from "./server-chart";

type BarChartProps = { id: string; title: string; caption?: string; data: BarDatum[]; wide?: boolean; options?: BarOptions; figures?: ChartFigure[] };

export function BarChart({ id, title, caption, data, wide = false, options, figures }: BarChartProps) {
  const m = getMessages();
  const rowHeight = 40;
  const height = data.length * rowHeight + 40 + (data.some((d) => d.qualifier) ? 28 : 0);
  return (
    <ServerChart
      id={id}
      title={title}
      caption={caption}
      build={(width) => buildHorizontalBarOption(data, width, options)}
      desktopWidth={wide ? chartWidths.full : chartWidths.wide}
      height={{ desktop: height, mobile: height }}
      figures={figures}
      table={{ columns: [m.common.indicator, m.common.value], rows: data.map((d) => [d.label, d.valueLabel]) }}
    />
  );
}
