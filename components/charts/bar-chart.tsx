// Horizontal bars for a few labelled figures of one quantity, on a drawn linear axis.
import { buildHorizontalBarOption, type BarDatum, type BarOptions } from "@/lib/charts/bar";
import type { ChartFigure } from "@/lib/charts/types";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { chartWidths, ServerChart } from "./server-chart";

type BarChartProps = { locale: Locale; id: string; title: string; caption?: string; data: BarDatum[]; wide?: boolean; options?: BarOptions; figures?: ChartFigure[] };

export function BarChart({ locale, id, title, caption, data, wide = false, options, figures }: BarChartProps) {
  const m = getMessages(locale);
  const rowHeight = 40;
  const height = data.length * rowHeight + 40 + (data.some((d) => d.qualifier) ? 28 : 0);
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={title}
      caption={caption}
      build={(width) => buildHorizontalBarOption(data, width, locale, options)}
      desktopWidth={wide ? chartWidths.full : chartWidths.wide}
      height={{ desktop: height, mobile: height }}
      figures={figures}
      table={{ columns: [m.common.indicator, m.common.value], rows: data.map((d) => [d.label, d.valueLabel]) }}
    />
  );
}
