// One indicator over the years for the compared regions: a line per region, the national figure dashed,
// the data table (region, year, value, unit, source) and links to every source the figures come from.
import Link from "@/components/ui/link";
import { ServerChart } from "@/components/charts/server-chart";
import { buildRegionLinesOption, referenceFits } from "@/lib/charts/region-lines";
import type { ComparisonSeries } from "@/lib/domain/region-comparison";
import { unitLabelZh } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { ObservationView } from "@/lib/queries/observations";

type RegionLinesChartProps = {
  series: ComparisonSeries<ObservationView>;
  names: ReadonlyMap<string, string>;
  /** Selected regions without a figure of this indicator, named under the chart. */
  notReporting: string[];
};

/** More sources than this fold away under their count, so a long series does not bury its chart. */
const sourcesInline = 3;

function SourceLinks({ sources }: { sources: { slug: string; titleZh: string }[] }) {
  return sources.map((s, i) => (
    <span key={s.slug}>{i > 0 && "；"}<Link href={`/sources/${s.slug}`}>{s.titleZh}</Link></span>
  ));
}

/** Drawn at about the width a half-page panel shows it (1,200 px page), so its text is not scaled down. */
const halfPanelWidth = 540;

export function RegionLinesChart({ series, names, notReporting }: RegionLinesChartProps) {
  const m = getMessages();
  const c = m.regions.compare;
  const { indicator, years, lines, reference } = series;
  const unitLabel = unitLabelZh(indicator.unit);
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const drawn = [
    ...lines.map((l) => ({ name: nameOf(l.region), points: l.points })),
    ...(reference ? [{ name: c.national, points: reference }] : []),
  ];
  const figures = drawn.flatMap((l) => l.points.flatMap((f) => (f ? [{ name: l.name, figure: f }] : [])));
  const sources = [...new Map(figures.map(({ figure }) => [figure.source.slug, figure.source])).values()];
  const toLine = (l: (typeof drawn)[number]) => ({ name: l.name, values: l.points.map((f) => f?.value ?? null) });
  const regionLines = drawn.slice(0, lines.length).map(toLine);
  const referenceLine = reference ? toLine(drawn.at(-1)!) : null;
  const drawReference = referenceLine !== null && referenceFits(regionLines, referenceLine);
  const caption = !referenceLine ? c.chartCaptionNoNational : drawReference ? c.chartCaption : c.chartCaptionNationalTotal;

  return (
    <ServerChart
      id={`compare-${indicator.code}`}
      title={c.chartTitle(indicator.nameZh)}
      caption={caption}
      build={(width) => buildRegionLinesOption({ years, lines: regionLines, reference: drawReference ? referenceLine : null, unitLabel, width })}
      desktopWidth={halfPanelWidth}
      height={{ desktop: 320, mobile: 300 }}
      table={{
        columns: [c.columns.region, c.columns.year, c.columns.value, c.columns.unit, c.columns.source],
        rows: figures.map(({ name, figure }) => [name, figure.year, figure.value, unitLabel, figure.source.titleZh]),
      }}
    >
      {notReporting.length > 0 && <p className="note">{c.notReporting(notReporting.join("、"))}</p>}
      {sources.length > sourcesInline ? (
        <details className="chart__sources">
          <summary>{c.sourcesCount(sources.length)}</summary>
          <SourceLinks sources={sources} />
        </details>
      ) : (
        <p className="note chart__sources">{c.sources}<SourceLinks sources={sources} /></p>
      )}
    </ServerChart>
  );
}
