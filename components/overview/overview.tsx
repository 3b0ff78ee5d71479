// The overview: China's headline figures and stage projection, Zhangjiang's reported counts and the
// innovation centres. Pure markup from OverviewData; pages/index.tsx reads the data and serves it.
import Link from "@/components/ui/link";
import { ProjectionChart } from "@/components/charts/projection-chart";
import { ObservationTable } from "@/components/observations/observation-table";
import { IndicatorCard } from "@/components/indicators/indicator-card";
import { InnovationCentres } from "@/components/regions/innovation-centres";
import { ProvinceStages } from "./province-stages";
import { groupBy } from "@/lib/domain/group-by";
import { projectGdp } from "@/lib/domain/projection";
import { projectionFigures } from "@/lib/charts/stage-projection";
import { qualifiedNumber } from "@/lib/charts/chart-figures";
import { classifyGdp } from "@/lib/domain/stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { unitLabel } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { OverviewData } from "@/lib/queries/overview";
import { sourceName } from "@/lib/domain/citation";

export function Overview({ china, centres, zhangjiang, provinceStages, locale }: OverviewData & { locale: Locale }) {
  const m = getMessages(locale);
  const headlines = china.headlines;
  const gdpSeries = china.observations.filter((o) => o.indicator.code === "gdp-per-capita-usd");
  const growthSeries = china.observations.filter((o) => o.indicator.code === "gdp-growth-forecast");

  const latestGdp = gdpSeries.at(-1);
  const growth = growthSeries.at(-1);
  const projection =
    latestGdp && growth ? projectGdp(gcr2014, { year: latestGdp.year, gdpPerCapitaUsd: latestGdp.value }, { realGrowthPct: growth.value }) : null;
  const reported = gdpSeries.map((o) => ({
    year: o.year,
    gdpPerCapitaUsd: o.value,
    label: qualifiedNumber(formatUsd(o.value), o.qualifier, locale),
    qualifier: o.qualifier,
    source: { title: sourceName(o.source, locale), href: `/sources/${o.source.slug}#obs-${o.id}` },
    locator: o.locator,
    publicationYear: o.yearBasis === "publication",
  }));
  // What the chart draws, with sources, for its Table tab, CSV and tooltips.
  const projectionFigureList =
    projection && growth && latestGdp
      ? projectionFigures(reported, projection.path, {
          region: localName(locale, latestGdp.region),
          names: { reported: m.stage.reportedSeries, projected: m.stage.projectedSeries },
          unit: unitLabel(latestGdp.indicator.unit, locale),
          projectedLabel: formatUsd,
          projectedSource: m.overview.projectionSource,
          projectedLocator: m.overview.projectionLocator(growth.value),
        })
      : undefined;

  return (
    <>
      <div className="page-head">
        <h1>{m.overview.title}</h1>
        <p>{m.overview.intro}</p>
      </div>

      <section className="section panel" aria-labelledby="stage-title">
        <h2 id="stage-title">{m.overview.stageTitle}</h2>
        {latestGdp && (
          <p className="lead" data-testid="china-stage-answer">
            {m.overview.stageAnswer(
              qualifiedNumber(formatUsd(latestGdp.value), latestGdp.qualifier, locale),
              latestGdp.year,
              localName(locale, classifyGdp(gcr2014, latestGdp.value)),
              projection?.reachesNextStageIn ?? null,
              projection?.nextStage ? localName(locale, projection.nextStage) : null,
              growth?.value ?? null,
            )}
          </p>
        )}
        {projection ? (
          <ProjectionChart
            locale={locale}
            id="china-stage"
            title={m.overview.stageChartTitle}
            caption={m.overview.stageCaption}
            bands={gcr2014.bands.map(summarizeBand)}
            reported={reported}
            projected={projection.path}
            crossingYear={projection.reachesNextStageIn}
            names={{ reported: m.stage.reportedSeries, projected: m.stage.projectedSeries }}
            figures={projectionFigureList}
          />
        ) : (
          <p className="note">{m.common.notReported}</p>
        )}
        <p className="note">{m.overview.stageNote}</p>
        {latestGdp && growth && (
          <p>
            <Link locale={locale} href={`/stage?gdp=${latestGdp.value}&growth=${growth.value}&year=${latestGdp.year}`}>{m.overview.openStageTool} →</Link>
          </p>
        )}
      </section>

      <section className="section panel" aria-labelledby="provinces-title">
        <h2 id="provinces-title">{provinceStages ? m.overview.provincesTitle(provinceStages.year) : m.overview.provincesTitle(new Date().getFullYear())}</h2>
        <ProvinceStages data={provinceStages} locale={locale} />
      </section>

      <section className="section" aria-labelledby="headline-title">
        <h2 id="headline-title">{m.overview.headline}</h2>
        {/* Grouped by theme (the query orders them economy, R&D, innovation, policy, stage, zone). */}
        {groupBy(headlines, (o) => o.indicator.category).map((group) => {
          const category = group[0]!.indicator.category;
          return (
            <div key={category} className="card-group">
              <h3>{m.overview.themes.get(category) ?? m.overview.otherTheme}</h3>
              <div className="grid grid--cards">
                {group.map((o) => <IndicatorCard key={o.id} observation={o} locale={locale} />)}
              </div>
            </div>
          );
        })}
      </section>

      <div className="grid grid--two section">
        <section className="panel" aria-labelledby="zhangjiang-title">
          <h2 id="zhangjiang-title">{m.overview.zhangjiangTitle}</h2>
          {/* Six counts of six kinds of thing: a table, since no two of them share a scale. */}
          {zhangjiang.length > 0 ? (
            <>
              <p className="note">{m.overview.zhangjiangCaption}</p>
              <ObservationTable observations={zhangjiang} locale={locale} hide={["region", "asWritten"]} />
            </>
          ) : (
            <p className="note">{m.common.notReported}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="centres-title">
          <h2 id="centres-title">{m.overview.centresTitle}</h2>
          <InnovationCentres centres={centres} locale={locale} />
        </section>
      </div>
    </>
  );
}
