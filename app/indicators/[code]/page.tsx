import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegionBarsChart, YearSeriesChart } from "@/components/charts/series-charts";
import { directionText } from "@/components/indicators/direction";
import { observationLabel } from "@/components/indicators/observation-label";
import { ObservationTable } from "@/components/observations/observation-table";
import { ExportLinks } from "@/components/observations/export-links";
import { unitLabelZh, units } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { getIndicator } from "@/lib/queries/indicators";

export const dynamic = "force-dynamic";

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const indicator = await getIndicator((await params).code);
  return { title: indicator?.nameZh ?? getMessages().notFound.title };
}

export default async function IndicatorPage({ params }: { params: Params }) {
  const m = getMessages();
  const t = m.indicators.detail;
  const indicator = await getIndicator((await params).code);
  if (!indicator) notFound();

  const regions = [...new Map(indicator.observations.map((o) => [o.region.slug, o.region.nameZh])).entries()];
  const lines = regions.map(([slug, nameZh]) => ({
    name: nameZh,
    points: indicator.observations
      .filter((o) => o.region.slug === slug)
      .map((o) => ({ year: o.year, value: o.value, label: observationLabel(o.value, o.qualifier, o.indicator.unit) })),
  }));

  const years = new Set(indicator.observations.map((o) => o.year));

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
          <dt>{t.unit}</dt><dd>{unitLabelZh(indicator.unit) || units[indicator.unit].labelEn || "—"}</dd>
          <dt>{t.direction}</dt><dd>{directionText(indicator.higherIsBetter)}</dd>
          <dt>{t.code}</dt><dd><code>{indicator.code}</code></dd>
        </dl>
      </section>
      {/* Several years: a line per region; one year across regions: bars; a single figure needs no chart. */}
      {years.size > 1 && (
        <section className="section panel">
          <YearSeriesChart id="indicator-series" title={t.chartTitle(indicator.nameZh)} unitLabel={unitLabelZh(indicator.unit)} lines={lines} />
        </section>
      )}
      {years.size === 1 && lines.length > 1 && (
        <section className="section panel">
          <RegionBarsChart
            id="indicator-regions"
            title={t.chartTitle(indicator.nameZh)}
            bars={lines.map((l) => ({ region: l.name, value: l.points[0]!.value, label: l.points[0]!.label }))}
          />
        </section>
      )}
      <section className="section panel" aria-labelledby="obs-title">
        <h2 id="obs-title">{t.observationsTitle(indicator.observations.length)}</h2>
        {indicator.observations.length > 0 && <ExportLinks filter={{ indicator: indicator.code }} />}
        {indicator.observations.length > 0 ? (
          <ObservationTable observations={indicator.observations} hide={["indicator"]} />
        ) : (
          <p className="note">{t.noObservations}</p>
        )}
      </section>
    </>
  );
}
