// The indicators' correlation matrix (lib/index/correlation.ts) over the provinces the index ranks, drawn
// as a heatmap with r in every cell; its table gives r and the number of provinces behind each pair.
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { buildCorrelationOption, correlationChartHeight, correlationText } from "@/lib/charts/index-correlation";
import { punctuation } from "@/lib/charts/punctuation";
import type { CorrelationMatrix } from "@/lib/index/correlation";
import { indexPageText } from "@/lib/index/messages";
import type { Locale } from "@/lib/i18n/locales";

type IndexCorrelationChartProps = { locale: Locale; matrix: CorrelationMatrix; names: string[]; year: number; regions: number; sources: string[] };

/** "0.82（n=30）"; in English "0.82 (n=30)". */
const cellText = (locale: Locale, r: number | null, n: number) => `${correlationText(r)}${punctuation(locale).paren(`n=${n}`)}`;

export function IndexCorrelationChart({ locale, matrix, names, year, regions, sources }: IndexCorrelationChartProps) {
  const m = indexPageText(locale).correlation;
  return (
    <ServerChart
      locale={locale}
      id="index-correlation"
      title={m.title(year, regions)}
      caption={m.caption}
      build={(width) => buildCorrelationOption(matrix, names, width)}
      desktopWidth={chartWidths.wide}
      height={{ desktop: correlationChartHeight(names.length, chartWidths.wide), mobile: correlationChartHeight(names.length, chartWidths.mobile) }}
      subtitle={m.subtitle(year)}
      sources={sources}
      table={{
        columns: [m.indicator, ...names],
        rows: matrix.cells.map((row, i) => [names[i]!, ...row.map((c) => cellText(locale, c.r, c.n))]),
      }}
    >
      <p className="note index-phone-only">{m.phoneKey}</p>
    </ServerChart>
  );
}
