import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RegionBarsChart, YearSeriesChart } from "@/components/charts/series-charts";
import { directionText } from "@/components/indicators/direction";
import { ExportLinks } from "@/components/observations/export-links";
import { ObservationTable } from "@/components/observations/observation-table";
import { fromObservation } from "@/lib/charts/chart-figures";
import type { YearLine } from "@/lib/charts/year-lines";
import { distribution } from "@/lib/domain/distribution";
import { groupBy } from "@/lib/domain/group-by";
import { unitLabelZh, units } from "@/lib/domain/units";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import { getIndicator } from "@/lib/queries/indicators";
import { listIndicatorYear, listObservations } from "@/lib/queries/observations";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Shown on the page; the rest are a download away (a province may have hundreds of counties). */
const tableRows = 50;
const barRegions = 20;
const seriesRegions = 6;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const indicator = await getIndicator((await params).code);
  return { title: indicator?.nameZh ?? getMessages().notFound.title };
}

export default async function IndicatorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const m = getMessages();
  const t = m.indicators.detail;
  const indicator = await getIndicator((await params).code);
  if (!indicator) notFound();
  const query = await searchParams;
  const asked = Number(query.year);
  // Two views: one year across regions (default), or the regions' figures over the years.
  const trend = query.view === "trend" && indicator.years.length > 1;
  const year = indicator.years.includes(asked) ? asked : indicator.years.at(-1);

  const { values, ranked } =
    year === undefined ? { values: [], ranked: [] } : await listIndicatorYear(indicator.code, year, { limit: tableRows, highestFirst: indicator.higherIsBetter !== false });
  const spread = distribution(values);

  // Over the years: the best-ranked regions of the year (at most six lines stay readable).
  let lines: YearLine[] = [];
  if (trend) {
    const all = await listObservations({ indicator: indicator.code, regions: [...new Set(ranked.map((o) => o.region.slug))].slice(0, seriesRegions) });
    lines = groupBy(all, (o) => o.region.slug).map((list) => ({ name: list[0]!.region.nameZh, figures: list.map((o) => fromObservation(o)) }));
  }
  const unit = unitLabelZh(indicator.unit);

  return (
    <>
      <div className="page-head">
        <p className="note"><Link href="/indicators">← {t.back}</Link></p>
        <h1>{indicator.nameZh}</h1>
        <p>{indicator.nameEn}</p>
      </div>
      <section className="panel">
        <dl className="meta-list">
          <dt>{t.definition}</dt><dd>{indicator.definitionZh}</dd>
          <dt>{t.unit}</dt><dd>{unit || units[indicator.unit].labelEn || "—"}</dd>
          <dt>{t.direction}</dt><dd>{directionText(indicator.higherIsBetter)}</dd>
          <dt>{t.code}</dt><dd><code>{indicator.code}</code></dd>
        </dl>
      </section>

      {year === undefined ? (
        <p className="section panel note">{t.noObservations}</p>
      ) : (
        <>
          <section className="section panel" aria-labelledby="year-title">
            <h2 id="year-title">{t.yearTitle(year, values.length)}</h2>
            {indicator.years.length > 1 && (
              <p className="note"><Link href={`/indicators/${indicator.code}?view=trend${query.year ? `&year=${year}` : ""}#trend`}>{t.trendLink} →</Link></p>
            )}
            {indicator.years.length > 1 && (
              <nav className="series-picker" aria-label={t.yearPicker}>
                <span className="note">{t.yearPicker}:</span>
                {indicator.years.map((y) =>
                  y === year ? <strong key={y} aria-current="true">{y}</strong> : <Link key={y} href={`/indicators/${indicator.code}?year=${y}`}>{y}</Link>,
                )}
              </nav>
            )}
            {spread && spread.count > 2 && (
              <p className="note" data-testid="indicator-spread">
                {t.spread({ min: formatNumber(spread.min), q1: formatNumber(spread.q1), median: formatNumber(spread.median), q3: formatNumber(spread.q3), max: formatNumber(spread.max), unit })}
              </p>
            )}
            {values.length > 1 && (
              <RegionBarsChart
                id="indicator-regions"
                title={t.rankTitle(indicator.nameZh, year, Math.min(barRegions, values.length), values.length)}
                figures={ranked.slice(0, barRegions).map((o) => fromObservation(o))}
              />
            )}
            <ExportLinks filter={{ indicator: indicator.code }} />
            <ObservationTable observations={ranked} hide={["indicator"]} />
            {values.length > tableRows && <p className="note">{t.truncated(tableRows, values.length)}</p>}
          </section>

          {lines.length > 0 && (
            <section className="section panel" id="trend">
              <YearSeriesChart id="indicator-series" title={t.chartTitle(indicator.nameZh)} unitLabel={unit} lines={lines} />
            </section>
          )}
        </>
      )}
    </>
  );
}
