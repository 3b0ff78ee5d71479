// One indicator over the years for the compared regions: a line per region, the national figure dashed, the
// figures (region, year or period, value as written, source) in the chart's table, and links to every source.
import Link from "@/components/ui/link";
import { YearSeriesChart } from "@/components/charts/series-charts";
import { fromObservation } from "@/lib/charts/chart-figures";
import { punctuation } from "@/lib/charts/punctuation";
import { referenceFits } from "@/lib/charts/region-lines";
import { sourceName } from "@/lib/domain/citation";
import type { ComparisonSeries } from "@/lib/domain/region-comparison";
import { unitLabel } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ObservationView } from "@/lib/queries/observations";

type RegionLinesChartProps = {
  series: ComparisonSeries<ObservationView>;
  /** The compared regions' names in the page's language, by slug. */
  names: ReadonlyMap<string, string>;
  /** Selected regions without a figure of this indicator, named under the chart. */
  notReporting: string[];
  locale: Locale;
};

/** More sources than this fold away under their count, so a long series does not bury its chart. */
const sourcesInline = 3;

function SourceLinks({ sources, locale }: { sources: ObservationView["source"][]; locale: Locale }) {
  return sources.map((s, i) => (
    <span key={s.slug}>{i > 0 && punctuation(locale).semicolon}<Link locale={locale} href={`/sources/${s.slug}`}>{sourceName(s, locale)}</Link></span>
  ));
}

/** Drawn at about the width a half-page panel shows it (1,200 px page), so its text is not scaled down. */
const halfPanelWidth = 540;

export function RegionLinesChart({ series, names, notReporting, locale }: RegionLinesChartProps) {
  const c = getMessages(locale).regions.compare;
  const { indicator, lines, reference } = series;
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const known = (points: (ObservationView | null)[]) => points.filter((p): p is ObservationView => p !== null);
  const regionLines = lines.map((l) => ({ name: nameOf(l.region), figures: known(l.points).map((o) => fromObservation(o, locale, nameOf(l.region))) }));
  const referenceLine = reference ? { name: c.national, figures: known(reference).map((o) => fromObservation(o, locale, c.national)) } : null;
  const drawReference = referenceLine !== null && referenceFits(regionLines, referenceLine);
  const caption = !referenceLine ? c.chartCaptionNoNational : drawReference ? c.chartCaption : c.chartCaptionNationalTotal;
  const observations = [...lines.flatMap((l) => known(l.points)), ...(reference ? known(reference) : [])];
  const sources = [...new Map(observations.map((o) => [o.source.slug, o.source])).values()];

  return (
    <YearSeriesChart
      locale={locale}
      id={`compare-${indicator.code}`}
      title={c.chartTitle(localName(locale, indicator))}
      caption={caption}
      lines={regionLines}
      reference={drawReference ? referenceLine : null}
      unitLabel={unitLabel(indicator.unit, locale)}
      desktopWidth={halfPanelWidth}
    >
      {notReporting.length > 0 && <p className="note">{c.notReporting(notReporting.join(punctuation(locale).list))}</p>}
      {sources.length > sourcesInline ? (
        <details className="chart__sources">
          <summary>{c.sourcesCount(sources.length)}</summary>
          <SourceLinks sources={sources} locale={locale} />
        </details>
      ) : (
        <p className="note chart__sources">{c.sources}<SourceLinks sources={sources} locale={locale} /></p>
      )}
    </YearSeriesChart>
  );
}
