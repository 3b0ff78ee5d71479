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
import { groupBy } from "@/lib/domain/group-by";
import { unitLabelZh } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { listRegionFigures, type ObservationView } from "@/lib/queries/observations";
import { listStandingFigures } from "@/lib/queries/region-values";
import { getRegionalStageData } from "@/lib/queries/regional-stages";
import { getRegionIndexView } from "@/lib/queries/region-index";
import { getRegionProfile } from "@/lib/queries/regions";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const region = await getRegionProfile((await params).slug);
  return { title: region?.nameZh ?? getMessages().notFound.title };
}

/** Indicators with figures in more than one year, each with its figures oldest first. */
function timeSeries(observations: ObservationView[]): ObservationView[][] {
  return groupBy(observations, (o) => o.indicator.code).filter((list) => new Set(list.map((o) => o.year)).size > 1);
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Kept to what a reader takes in at a glance; the table and the export hold the rest. */
const headlineCards = 8;
const childLinks = 60;

export default async function RegionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const m = getMessages();
  const { slug } = await params;
  const region = await getRegionProfile(slug);
  if (!region) notFound();
  const [{ observations, headlines: allHeadlines }, standings, { figures: dollarFigures }, indexView] = await Promise.all([
    listRegionFigures(slug),
    region.level === "province" ? listStandingFigures(slug) : Promise.resolve([]),
    getRegionalStageData({ region: slug }),
    region.level === "province" ? getRegionIndexView(slug) : Promise.resolve(null),
  ]);
  // A figure with its standing among the provinces is shown there, not again as a plain card.
  const withStanding = new Set(standings.filter((s) => s.year !== null).map((s) => s.indicator.code));
  const headlines = allHeadlines.filter((o) => !withStanding.has(o.indicator.code));
  const p = m.regions.profile;
  // One series is drawn at a time (chosen in the URL), so a region with dozens of indicators stays fast.
  const series = timeSeries(observations);
  const query = await searchParams;
  const wanted = query.series;
  // By default the table lists each indicator's latest figure; every year is one click (or an export) away.
  const allYears = query.all === "1";
  const shown = series.find((list) => list[0]!.indicator.code === wanted) ?? series.find((list) => list[0]!.indicator.code === "gdp-per-capita-usd") ?? series[0];

  return (
    <>
      <div className="page-head">
        <p className="note" data-print="hide">
          <Link href="/regions">← {p.back}</Link> · <Link href={`/regions/${slug}/report`}>{m.report.link}</Link>
        </p>
        <h1>{region.nameZh}</h1>
        <p>
          {region.nameEn} · {m.levels[region.level]}
          {region.adminCode && <> · {m.regions.adminCode} {region.adminCode}</>}
          {region.parent && <> · {p.parent}：<Link href={`/regions/${region.parent.slug}`}>{region.parent.nameZh}</Link></>}
        </p>
        {region.designationNoteZh && (
          <p className="note">
            {p.designationTitle}：{region.designationNoteZh}
            {region.designationSource && <> · <Link href={`/sources/${region.designationSource.slug}`}>{m.common.source}</Link></>}
          </p>
        )}
      </div>

      {dollarFigures.length > 0 && <RegionStagePanel regionName={region.nameZh} figures={dollarFigures} />}

      {indexView && <RegionIndexPanel view={indexView} />}

      {standings.length > 0 && <ProvinceStandings region={region} items={standings} />}

      {headlines.length > 0 && (
        <section className="section" aria-labelledby="headlines-title">
          <h2 id="headlines-title" className="visually-hidden">{p.headlinesTitle}</h2>
          <div className="grid grid--cards">
            {headlines.slice(0, headlineCards).map((o) => <IndicatorCard key={o.id} observation={o} />)}
          </div>
        </section>
      )}

      {shown && (
        <section className="section panel" id="series" aria-labelledby="series-title">
          <h2 id="series-title" className="visually-hidden">{p.seriesHeading}</h2>
          <YearSeriesChart
            id={`series-${shown[0]!.indicator.code}`}
            title={p.seriesTitle(shown[0]!.indicator.nameZh)}
            unitLabel={unitLabelZh(shown[0]!.indicator.unit)}
            lines={[{ name: region.nameZh, figures: shown.map((o) => fromObservation(o)) }]}
          />
          {series.length > 1 && (
            <nav className="series-picker" aria-label={p.seriesPicker}>
              <span className="note">{p.seriesPicker}：</span>
              {series.map((list) => {
                const indicator = list[0]!.indicator;
                return indicator.code === shown[0]!.indicator.code ? (
                  <strong key={indicator.code} aria-current="true">{indicator.nameZh}</strong>
                ) : (
                  <Link key={indicator.code} href={`/regions/${slug}?series=${indicator.code}#series`}>{indicator.nameZh}</Link>
                );
              })}
            </nav>
          )}
        </section>
      )}

      {/* Without figures, what the documents say about the region is the most useful part: show it first. */}
      {observations.length === 0 && region.notes.length > 0 && <RegionNotes notes={region.notes} />}

      <section className="section panel" aria-labelledby="figures-title">
        <h2 id="figures-title">{p.figuresTitle}</h2>
        {observations.length > 0 && <ExportLinks filter={{ region: slug }} />}
        {observations.length > allHeadlines.length && (
          <p className="note">
            {allYears ? <Link href={`/regions/${slug}#figures-title`}>{p.latestOnly}</Link> : <Link href={`/regions/${slug}?all=1#figures-title`}>{p.allYears(observations.length)}</Link>}
          </p>
        )}
        {observations.length > 0 ? (
          <ObservationTable observations={allYears ? observations : allHeadlines} hide={["region", "asWritten"]} />
        ) : (
          <p className="note">{p.noFigures}</p>
        )}
      </section>

      {observations.length > 0 && region.notes.length > 0 && <RegionNotes notes={region.notes} />}

      {(region.children.length > 0 || region.zoneCases.length > 0) && (
        <div className="grid grid--halves section">
          {region.children.length > 0 && (
            <section className="panel" aria-labelledby="children-title">
              <h2 id="children-title">{p.childrenTitle}</h2>
              <ul className="plain-list plain-list--inline">
                {region.children.slice(0, childLinks).map((c) => (
                  <li key={c.slug}><Link href={`/regions/${c.slug}`}>{c.nameZh}</Link> <span className="note">{m.levels[c.level]}</span></li>
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
                  <li key={z.slug}><Link href={`/zones#${z.slug}`}>{z.nameZh}</Link> <span className="note">{m.zones.kinds[z.kind]}</span></li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </>
  );
}
