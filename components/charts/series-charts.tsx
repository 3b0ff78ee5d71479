// Figures over years (a line per region) and one figure across regions (a bar per region), each passing the
// figures it draws to the chart frame (Table tab, CSV, tooltips).
import { buildRegionBarsOption, regionBarsFigures } from "@/lib/charts/series";
import type { SourcedFigure } from "@/lib/charts/chart-figures";
import { buildYearLinesOption, yearLinesFigures, yearLinesNotes, type YearLine } from "@/lib/charts/year-lines";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { chartWidths, ServerChart } from "./server-chart";

type YearSeriesChartProps = { locale: Locale; id: string; title: string; caption?: string; lines: YearLine[]; reference?: YearLine | null; unitLabel: string; desktopWidth?: number; children?: React.ReactNode };

export function YearSeriesChart({ locale, id, title, caption, lines, reference = null, unitLabel, desktopWidth, children }: YearSeriesChartProps) {
  const m = getMessages(locale);
  const input = { lines, reference, unitLabel, locale };
  const figures = yearLinesFigures(input);
  const notes = yearLinesNotes(input);
  // Chinese sentences run on; English ones stand a space apart.
  const sentenceGap = locale === "en" ? " " : "";
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={title}
      caption={[caption, ...notes].filter(Boolean).join(sentenceGap)}
      build={(width) => buildYearLinesOption(input, width)}
      desktopWidth={desktopWidth}
      height={{ desktop: 320, mobile: 300 }}
      figures={figures}
      table={{ columns: [m.common.region, m.common.year, m.common.value], rows: figures.map((f) => [f.series, f.year ?? "", f.label]) }}
    >
      {children}
    </ServerChart>
  );
}

type RegionBarsChartProps = { locale: Locale; id: string; title: string; caption?: string; figures: SourcedFigure[] };

export function RegionBarsChart({ locale, id, title, caption, figures }: RegionBarsChartProps) {
  const m = getMessages(locale);
  const drawn = regionBarsFigures(figures, locale);
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={title}
      caption={caption}
      build={(width) => buildRegionBarsOption(figures, width, locale)}
      desktopWidth={chartWidths.wide}
      height={{ desktop: figures.length * 24 + 56, mobile: figures.length * 24 + 56 }}
      figures={drawn}
      table={{ columns: [m.common.region, m.common.value], rows: drawn.map((f) => [f.region, f.label]) }}
    />
  );
}
