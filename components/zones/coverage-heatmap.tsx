// The comparison matrix at a glance: a dark square where the documents report the row for the case.
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { buildCoverageOption, type CoverageGrid } from "@/lib/charts/coverage-heatmap";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type CoverageHeatmapProps = { locale: Locale; grid: CoverageGrid };

export function CoverageHeatmap({ locale, grid }: CoverageHeatmapProps) {
  const c = getMessages(locale).zones.compare;
  const rowHeight = { desktop: 30, mobile: 26 };
  const height = (device: keyof typeof rowHeight) => grid.rows.length * rowHeight[device] + 56;
  return (
    <ServerChart
      locale={locale}
      id="zone-coverage"
      title={c.heatmapTitle}
      caption={c.heatmapCaption}
      build={(width) => buildCoverageOption(grid, width, height(width < 500 ? "mobile" : "desktop"))}
      height={{ desktop: height("desktop"), mobile: height("mobile") }}
      desktopWidth={chartWidths.wide}
      table={{
        columns: ["", ...grid.columns],
        rows: grid.rows.map((row, y) => [row, ...grid.columns.map((_, x) => (grid.reported[y]?.[x] ? c.reported : c.notReported))]),
      }}
    />
  );
}
