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
import { unitLabel, units } from "@/lib/domain/units";
import { formatNumber } from "@/lib/format";
import { punctuation } from "@/lib/charts/punctuation";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
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
  const { locale, m } = await requestMessages();
  const indicator = await getIndicator((await params).code);
  return { title: indicator ? localName(locale, indicator) : m.notFound.title };
}

export default async function IndicatorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
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
    lines = groupBy(all, (o) => o.region.slug).map((list) => ({ name: localName(locale, list[0]!.region), figures: list.map((o) => fromObservation(o, locale)) }));
  }
  const unit = unitLabel(indicator.unit, locale);
  const name = localName(locale, indicator);
  // The definition is stored in Chinese only; the line under the heading names the indicator in the other language.
  const zh = locale === "en" ? "zh-CN" : undefined;
  const otherName = locale === "en" ? (indicator.nameEn && indicator.nameEn !== indicator.nameZh ? indicator.nameZh : null) : indicator.nameEn;

  return (
    <>
      <div className="page-head">
        <p className="note"><Link locale={locale} href="/indicators">← {t.back}</Link></p>
        <h1>{name}</h1>
        {otherName && <p lang={zh}>{otherName}</p>}
      </div>
      <section className="panel">
        <dl className="meta-list">
          <dt>{t.definition}</dt><dd lang={zh}>{indicator.definitionZh}</dd>
          <dt>{t.unit}</dt><dd>{unit || units[indicator.unit].labelEn || "—"}</dd>
          <dt>{t.direction}</dt><dd>{directionText(indicator.higherIsBetter, locale)}</dd>
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
              <p className="note"><Link locale={locale} href={`/indicators/${indicator.code}?view=trend${query.year ? `&year=${year}` : ""}#trend`}>{t.trendLink} →</Link></p>
            )}
            {indicator.years.length > 1 && (
              <nav className="series-picker" aria-label={t.yearPicker}>
                <span className="note">{t.yearPicker}{punctuation(locale).colon}</span>
                {indicator.years.map((y) =>
                  y === year ? <strong key={y} aria-current="true">{y}</strong> : <Link key={y} locale={locale} href={`/indicators/${indicator.code}?year=${y}`}>{y}</Link>,
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
                locale={locale}
                id="indicator-regions"
                title={t.rankTitle(name, year, Math.min(barRegions, values.length), values.length)}
                figures={ranked.slice(0, barRegions).map((o) => fromObservation(o, locale))}
              />
            )}
            <ExportLinks filter={{ indicator: indicator.code }} locale={locale} />
            <ObservationTable observations={ranked} hide={["indicator"]} locale={locale} />
            {values.length > tableRows && <p className="note">{t.truncated(tableRows, values.length)}</p>}
          </section>

          {lines.length > 0 && (
            <section className="section panel" id="trend">
              <YearSeriesChart locale={locale} id="indicator-series" title={t.chartTitle(name)} unitLabel={unit} lines={lines} />
            </section>
          )}
        </>
      )}
    </>
  );
}
