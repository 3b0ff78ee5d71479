// Figures over years (a line per region) and one figure across regions (a bar per region).
import { buildRegionBarsOption, buildYearSeriesOption, type NamedSeries, type RegionBar } from "@/lib/charts/series";
import { getMessages } from "@/lib/i18n";
import { chartWidths, ServerChart } from "./server-chart";

type YearSeriesChartProps = { id: string; title: string; caption?: string; lines: NamedSeries[]; unitLabel: string };

export function YearSeriesChart({ id, title, caption, lines, unitLabel }: YearSeriesChartProps) {
  const m = getMessages();
  return (
    <ServerChart
      id={id}
      title={title}
      caption={caption}
      build={(width) => buildYearSeriesOption(lines, unitLabel, width)}
      height={{ desktop: 300, mobile: 260 }}
      table={{
        columns: [m.common.region, m.common.year, m.common.value],
        rows: lines.flatMap((l) => l.points.map((p) => [l.name, m.common.yearLabel(p.year), p.label])),
      }}
    />
  );
}

type RegionBarsChartProps = { id: string; title: string; caption?: string; bars: RegionBar[] };

export function RegionBarsChart({ id, title, caption, bars }: RegionBarsChartProps) {
  const m = getMessages();
  return (
    <ServerChart
      id={id}
      title={title}
      caption={caption}
      build={(width) => buildRegionBarsOption(bars, width)}
      desktopWidth={chartWidths.wide}
      height={{ desktop: 260, mobile: 240 }}
      table={{ columns: [m.common.region, m.common.value], rows: bars.map((b) => [b.region, b.label]) }}
    />
  );
}
