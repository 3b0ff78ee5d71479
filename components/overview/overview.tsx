// The overview: China's headline figures and stage projection, Zhangjiang's reported counts and the
// innovation centres. Pure markup from OverviewData; pages/index.tsx reads the data and serves it.
import Link from "@/components/ui/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ProjectionChart } from "@/components/charts/projection-chart";
import { IndicatorCard } from "@/components/indicators/indicator-card";
import { observationLabel } from "@/components/indicators/observation-label";
import { InnovationCentres } from "@/components/regions/innovation-centres";
import { ProvinceStages } from "./province-stages";
import { projectGdp } from "@/lib/domain/projection";
import { classifyGdp } from "@/lib/domain/stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { OverviewData } from "@/lib/queries/overview";

export function Overview({ china, centres, zhangjiang, provinceStages }: OverviewData) {
  const m = getMessages();
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
    label: `${o.qualifier ? m.qualifiers[o.qualifier] : ""}${formatUsd(o.value)}`,
  }));

  const zoneBars = zhangjiang.map((o) => ({
    label: o.indicator.nameZh,
    value: o.value,
    valueLabel: observationLabel(o.value, o.qualifier, o.indicator.unit),
  }));

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
              `${latestGdp.qualifier ? m.qualifiers[latestGdp.qualifier] : ""}${formatUsd(latestGdp.value)}`,
              latestGdp.year,
              classifyGdp(gcr2014, latestGdp.value).nameZh,
              projection?.reachesNextStageIn ?? null,
              projection?.nextStage?.nameZh ?? null,
              growth?.value ?? null,
            )}
          </p>
        )}
        {projection ? (
          <ProjectionChart
            id="china-stage"
            title={m.overview.stageChartTitle}
            caption={m.overview.stageCaption}
            bands={gcr2014.bands.map(summarizeBand)}
            reported={reported}
            projected={projection.path}
            crossingYear={projection.reachesNextStageIn}
            names={{ reported: m.stage.reportedSeries, projected: m.stage.projectedSeries }}
          />
        ) : (
          <p className="note">{m.common.notReported}</p>
        )}
        <p className="note">{m.overview.stageNote}</p>
        {latestGdp && growth && (
          <p>
            <Link href={`/stage?gdp=${latestGdp.value}&growth=${growth.value}&year=${latestGdp.year}`}>{m.overview.openStageTool} →</Link>
          </p>
        )}
      </section>

      <section className="section panel" aria-labelledby="provinces-title">
        <h2 id="provinces-title">{provinceStages ? m.overview.provincesTitle(provinceStages.year) : m.overview.provincesTitle(new Date().getFullYear())}</h2>
        <ProvinceStages data={provinceStages} />
      </section>

      <section className="section" aria-labelledby="headline-title">
        <h2 id="headline-title">{m.overview.headline}</h2>
        <div className="grid grid--cards">
          {headlines.map((o) => <IndicatorCard key={o.id} observation={o} />)}
        </div>
      </section>

      <div className="grid grid--two section">
        <section className="panel" aria-labelledby="zhangjiang-title">
          <h2 id="zhangjiang-title">{m.overview.zhangjiangTitle}</h2>
          {zoneBars.length > 0 ? (
            <BarChart id="zhangjiang" title={m.overview.zhangjiangChartTitle} caption={m.overview.zhangjiangCaption} data={zoneBars} />
          ) : (
            <p className="note">{m.common.notReported}</p>
          )}
        </section>
        <section className="panel" aria-labelledby="centres-title">
          <h2 id="centres-title">{m.overview.centresTitle}</h2>
          <InnovationCentres centres={centres} />
        </section>
      </div>
    </>
  );
}
