import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { YearSeriesChart } from "@/components/charts/series-charts";
import { IndicatorCard } from "@/components/indicators/indicator-card";
import { ObservationTable } from "@/components/observations/observation-table";
import { ExportLinks } from "@/components/observations/export-links";
import { ProvinceStandings } from "@/components/regions/province-standings";
import { RegionIndexPanel } from "@/components/regions/region-index-panel";
import { RegionNotes } from "@/components/regions/region-notes";
import { RegionStagePanel } from "@/components/regions/region-stage-panel";
import { fromObservation } from "@/lib/charts/chart-figures";
import { punctuation } from "@/lib/charts/punctuation";
import { sourceName } from "@/lib/domain/citation";
import { unitLabel } from "@/lib/domain/units";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import { listObservations, listRegionSeries, readRegionFigures } from "@/lib/queries/observations";
import { listStandingFigures } from "@/lib/queries/region-values";
import { getRegionStageData } from "@/lib/queries/regional-stages";
import { getRegionIndexView } from "@/lib/queries/region-index";
import { getRegionProfile } from "@/lib/queries/regions";
import { getSource } from "@/lib/queries/sources";
import { dollarFigureSources } from "@/lib/report/region-report";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, m } = await requestMessages();
  const region = await getRegionProfile((await params).slug);
  return { title: region ? localName(locale, region) : m.notFound.title };
}

/**
 * The stage panel's sources named in English (a dollar figure carries only its sources' Chinese titles): the
 * first and latest figures', the ones the panel cites and charts. In Chinese the titles as carried stand.
 */
async function stageSourceNames(figures: RegionDollarFigure[], locale: Locale): Promise<Map<string, string>> {
  if (locale !== "en" || figures.length === 0) return new Map();
  const sorted = [...figures].sort((a, b) => a.year - b.year);
  const slugs = [...new Set([sorted[0]!, sorted.at(-1)!].flatMap(dollarFigureSources))];
  const sources = await Promise.all(slugs.map((slug) => getSource(slug)));
  return new Map(sources.flatMap((s) => (s ? [[s.slug, sourceName(s, locale)] as const] : [])));
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Kept to what a reader takes in at a glance; the table and the export hold the rest. */
const headlineCards = 8;
const childLinks = 60;

export default async function RegionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const colon = punctuation(locale).colon;
  const { slug } = await params;
  const region = await getRegionProfile(slug);
  if (!region) notFound();
  const count = region.observationCount;
  const [{ headlines: allHeadlines, seriesIndicators: series }, standings, { figures: dollarFigures }, indexView] = await Promise.all([
    readRegionFigures(slug),
    region.level === "province" ? listStandingFigures(slug) : Promise.resolve([]),
    getRegionStageData(slug),
    region.level === "province" ? getRegionIndexView(slug) : Promise.resolve(null),
  ]);
  const sourceNames = await stageSourceNames(dollarFigures, locale);
  // A figure with its standing among the provinces is shown there, not again as a plain card.
  const withStanding = new Set(standings.filter((s) => s.year !== null).map((s) => s.indicator.code));
  const headlines = allHeadlines.filter((o) => !withStanding.has(o.indicator.code));
  const p = m.regions.profile;
  const name = localName(locale, region);
  // The heading names the region in the page's language; the line below gives its name in the other one.
  const otherName = locale === "en" ? (region.nameEn && region.nameEn !== region.nameZh ? <span lang="zh-CN">{region.nameZh}</span> : null) : region.nameEn;
  // Stored in Chinese only: marked so on English pages.
  const zh = locale === "en" ? "zh-CN" : undefined;
  // One series is drawn at a time (chosen in the URL), so a region with dozens of indicators stays fast.
  const query = await searchParams;
  const wanted = query.series;
  // By default the table lists each indicator's latest figure; every year is one click (or an export) away.
  const allYears = query.all === "1";
  const shownIndicator = series.find((i) => i.code === wanted) ?? series.find((i) => i.code === "gdp-per-capita-usd") ?? series[0];
  const [shown, observations] = await Promise.all([
    shownIndicator ? listRegionSeries(slug, shownIndicator.code) : Promise.resolve(undefined),
    allYears ? listObservations({ region: slug }) : Promise.resolve(allHeadlines),
  ]);

  return (
    <>
      <div className="page-head">
        <p className="note" data-print="hide">
          <Link locale={locale} href="/regions">← {p.back}</Link> · <Link locale={locale} href={`/regions/${slug}/report`}>{m.report.link}</Link>
        </p>
        <h1>{name}</h1>
        <p>
          {otherName}{otherName && " · "}{m.levels[region.level]}
          {region.adminCode && <> · {m.regions.adminCode} {region.adminCode}</>}
          {region.parent && <> · {p.parent}{colon}<Link locale={locale} href={`/regions/${region.parent.slug}`}>{localName(locale, region.parent)}</Link></>}
        </p>
        {region.designationNoteZh && (
          <p className="note">
            {p.designationTitle}{colon}<span lang={zh}>{region.designationNoteZh}</span>
            {region.designationSource && <> · <Link locale={locale} href={`/sources/${region.designationSource.slug}`}>{m.common.source}</Link></>}
          </p>
        )}
      </div>

      {dollarFigures.length > 0 && <RegionStagePanel regionName={name} figures={dollarFigures} sourceNames={sourceNames} locale={locale} />}

      {indexView && <RegionIndexPanel view={indexView} locale={locale} />}

      {standings.length > 0 && <ProvinceStandings region={region} items={standings} locale={locale} />}

      {headlines.length > 0 && (
        <section className="section" aria-labelledby="headlines-title">
          <h2 id="headlines-title" className="visually-hidden">{p.headlinesTitle}</h2>
          <div className="grid grid--cards">
            {headlines.slice(0, headlineCards).map((o) => <IndicatorCard key={o.id} observation={o} locale={locale} />)}
          </div>
        </section>
      )}

      {shown && shown.length > 0 && (
        <section className="section panel" id="series" aria-labelledby="series-title">
          <h2 id="series-title" className="visually-hidden">{p.seriesHeading}</h2>
          <YearSeriesChart
            locale={locale}
            id={`series-${shown[0]!.indicator.code}`}
            title={p.seriesTitle(localName(locale, shown[0]!.indicator))}
            unitLabel={unitLabel(shown[0]!.indicator.unit, locale)}
            lines={[{ name, figures: shown.map((o) => fromObservation(o, locale, name)) }]}
          />
          {series.length > 1 && (
            <nav className="series-picker" aria-label={p.seriesPicker}>
              <span className="note">{p.seriesPicker}{colon}</span>
              {series.map((indicator) =>
                indicator.code === shown[0]!.indicator.code ? (
                  <strong key={indicator.code} aria-current="true">{localName(locale, indicator)}</strong>
                ) : (
                  <Link key={indicator.code} locale={locale} href={`/regions/${slug}?series=${indicator.code}#series`}>{localName(locale, indicator)}</Link>
                ),
              )}
            </nav>
          )}
        </section>
      )}

      {/* Without figures, what the documents say about the region is the most useful part: show it first. */}
      {count === 0 && region.notes.length > 0 && <RegionNotes notes={region.notes} locale={locale} />}

      <section className="section panel" aria-labelledby="figures-title">
        <h2 id="figures-title">{p.figuresTitle}</h2>
        {count > 0 && <ExportLinks filter={{ region: slug }} locale={locale} />}
        {count > allHeadlines.length && (
          <p className="note">
            {allYears ? (
              <Link locale={locale} href={`/regions/${slug}#figures-title`}>{p.latestOnly}</Link>
            ) : (
              <Link locale={locale} href={`/regions/${slug}?all=1#figures-title`}>{p.allYears(count)}</Link>
            )}
          </p>
        )}
        {count > 0 ? (
          <ObservationTable observations={observations} hide={["region", "asWritten"]} locale={locale} />
        ) : (
          <p className="note">{p.noFigures}</p>
        )}
      </section>

      {count > 0 && region.notes.length > 0 && <RegionNotes notes={region.notes} locale={locale} />}

      {(region.children.length > 0 || region.zoneCases.length > 0) && (
        <div className="grid grid--halves section">
          {region.children.length > 0 && (
            <section className="panel" aria-labelledby="children-title">
              <h2 id="children-title">{p.childrenTitle}</h2>
              <ul className="plain-list plain-list--inline">
                {region.children.slice(0, childLinks).map((c) => (
                  <li key={c.slug}><Link locale={locale} href={`/regions/${c.slug}`}>{localName(locale, c)}</Link> <span className="note">{m.levels[c.level]}</span></li>
                ))}
              </ul>
              {region.children.length > childLinks && <p className="note">{p.moreChildren(region.children.length - childLinks)}</p>}
            </section>
          )}
          {region.zoneCases.length > 0 && (
            <section className="panel" aria-labelledby="cases-title">
              <h2 id="cases-title">{p.casesTitle}</h2>
              <ul className="plain-list">
                {region.zoneCases.map((z) => (
                  <li key={z.slug}><Link locale={locale} href={`/zones#${z.slug}`}>{localName(locale, z)}</Link> <span className="note">{m.zones.kinds[z.kind]}</span></li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </>
  );
}
