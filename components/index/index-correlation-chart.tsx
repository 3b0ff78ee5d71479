// The indicators' correlation matrix (lib/index/correlation.ts) over the provinces the index ranks, drawn
// as a heatmap with r in every cell; its table gives r and the number of provinces behind each pair.
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { buildCorrelationOption, correlationChartHeight, correlationText } from "@/lib/charts/index-correlation";
import type { CorrelationMatrix } from "@/lib/index/correlation";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";

type IndexCorrelationChartProps = { matrix: CorrelationMatrix; names: string[]; year: number; regions: number; sources: string[] };

export function IndexCorrelationChart({ matrix, names, year, regions, sources }: IndexCorrelationChartProps) {
  const m = indexPageMessages.correlation;
  return (
    <ServerChart
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
        rows: matrix.cells.map((row, i) => [names[i]!, ...row.map((c) => `${correlationText(c.r)}（n=${c.n}）`)]),
      }}
    >
      <p className="note index-phone-only">{m.phoneKey}</p>
    </ServerChart>
  );
}
