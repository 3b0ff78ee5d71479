// Horizontal bars for a few labelled counts.
import { buildHorizontalBarOption, usesLogScale, type BarDatum } from "@/lib/charts/bar";
import { getMessages } from "@/lib/i18n";
import { chartWidths, ServerChart } from "./server-chart";

type BarChartProps = { id: string; title: string; caption?: string; data: BarDatum[]; wide?: boolean };

export function BarChart({ id, title, caption, data, wide = false }: BarChartProps) {
  const m = getMessages();
  const rowHeight = 40;
  return (
    <ServerChart
      id={id}
      title={title}
      caption={usesLogScale(data) ? [caption, m.common.logScaleNote].filter(Boolean).join(" ") : caption}
      build={(width) => buildHorizontalBarOption(data, width)}
      desktopWidth={wide ? chartWidths.full : chartWidths.wide}
      height={{ desktop: data.length * rowHeight + 24, mobile: data.length * rowHeight + 24 }}
      table={{ columns: [m.common.indicator, m.common.value], rows: data.map((d) => [d.label, d.valueLabel]) }}
    />
  );
}
