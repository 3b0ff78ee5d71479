import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { YearSeriesChart } from "@/components/charts/series-charts";
import { IndicatorCard } from "@/components/indicators/indicator-card";
import { observationLabel } from "@/components/indicators/observation-label";
import { ObservationTable } from "@/components/observations/observation-table";
import { ExportLinks } from "@/components/observations/export-links";
import { RegionNotes } from "@/components/regions/region-notes";
import { RegionStagePanel } from "@/components/regions/region-stage-panel";
import { unitLabelZh } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { listObservations, listRegionHeadlines, type ObservationView } from "@/lib/queries/observations";
import { getRegionProfile } from "@/lib/queries/regions";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const region = await getRegionProfile((await params).slug);
  return { title: region?.nameZh ?? getMessages().notFound.title };
}

/** Indicators with figures in more than one year, each with its figures oldest first. */
function timeSeries(observations: ObservationView[]): ObservationView[][] {
  const byIndicator = new Map<string, ObservationView[]>();
  for (const o of observations) byIndicator.set(o.indicator.code, [...(byIndicator.get(o.indicator.code) ?? []), o]);
  return [...byIndicator.values()].filter((list) => new Set(list.map((o) => o.year)).size > 1);
}

export default async function RegionPage({ params }: { params: Params }) {
  const m = getMessages();
  const { slug } = await params;
  const region = await getRegionProfile(slug);
  if (!region) notFound();
  const [headlines, observations] = await Promise.all([listRegionHeadlines(slug), listObservations({ region: slug })]);
  const p = m.regions.profile;

  return (
    <>
      <div className="page-head">
        <p className="note"><Link href="/regions">← {p.back}</Link></p>
        <h1>{region.nameZh}</h1>
        <p>
          {region.nameEn} · {m.levels[region.level]}
          {region.adminCode && <> · {m.regions.adminCode} {region.adminCode}</>}
          {region.parent && <> · {p.parent}:<Link href={`/regions/${region.parent.slug}`}>{region.parent.nameZh}</Link></>}
        </p>
        {region.designationNoteZh && (
          <p className="note">
            {p.designationTitle}:{region.designationNoteZh}
            {region.designationSource && <> · <Link href={`/sources/${region.designationSource.slug}`}>{m.common.source}</Link></>}
          </p>
        )}
      </div>

      {region.latestGdp && (
        <RegionStagePanel regionName={region.nameZh} gdp={observations.filter((o) => o.indicator.code === "gdp-per-capita-usd")} />
      )}

      {headlines.length > 0 && (
        <section className="section" aria-labelledby="headlines-title">
          <h2 id="headlines-title" className="visually-hidden">{p.headlinesTitle}</h2>
          <div className="grid grid--cards">
            {headlines.map((o) => <IndicatorCard key={o.id} observation={o} />)}
          </div>
        </section>
      )}

      {timeSeries(observations).map((list) => {
        const first = list[0]!;
        return (
          <section key={first.indicator.code} className="section panel">
            <YearSeriesChart
              id={`series-${first.indicator.code}`}
              title={p.seriesTitle(first.indicator.nameZh)}
              unitLabel={unitLabelZh(first.indicator.unit)}
              lines={[{ name: region.nameZh, points: list.map((o) => ({ year: o.year, value: o.value, label: observationLabel(o.value, o.qualifier, o.indicator.unit) })) }]}
            />
          </section>
        );
      })}

      {/* Without figures, what the documents say about the region is the most useful part: show it first. */}
      {observations.length === 0 && region.notes.length > 0 && <RegionNotes notes={region.notes} />}

      <section className="section panel" aria-labelledby="figures-title">
        <h2 id="figures-title">{p.figuresTitle}</h2>
        {observations.length > 0 && <ExportLinks filter={{ region: slug }} />}
        {observations.length > 0 ? <ObservationTable observations={observations} hide={["region", "asWritten"]} /> : <p className="note">{p.noFigures}</p>}
      </section>

      {observations.length > 0 && region.notes.length > 0 && <RegionNotes notes={region.notes} />}

      {(region.children.length > 0 || region.zoneCases.length > 0) && (
        <div className="grid grid--halves section">
          {region.children.length > 0 && (
            <section className="panel" aria-labelledby="children-title">
              <h2 id="children-title">{p.childrenTitle}</h2>
              <ul className="plain-list plain-list--inline">
                {region.children.map((c) => (
                  <li key={c.slug}><Link href={`/regions/${c.slug}`}>{c.nameZh}</Link> <span className="note">{m.levels[c.level]}</span></li>
                ))}
              </ul>
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
