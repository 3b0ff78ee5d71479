import type { Metadata } from "next";
import { StageLegend } from "@/components/charts/stage-legend";
import { StageRankingChart } from "@/components/stages/stage-ranking-chart";
import { StagesForm } from "@/components/stages/stages-form";
import { StageTileGrid } from "@/components/stages/stage-tile-grid";
import { StageTimelineTable } from "@/components/stages/stage-timeline-table";
import { stagePalette } from "@/lib/charts/theme";
import { summarizeBand } from "@/lib/domain/stage-report";
import { buildStagesView } from "@/lib/domain/stages-view";
import { getMessages } from "@/lib/i18n";
import { getRegionalStageData, provinceSlugsByCode } from "@/lib/queries/regional-stages";
import { defaultStagesGrowthPct, stagesPageSchema } from "@/lib/validation/stages";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const metadata: Metadata = { title: getMessages().stages.title };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StagesPage({ searchParams }: { searchParams: SearchParams }) {
  const m = getMessages().stages;
  const raw = searchParamsRecord(await searchParams);
  const parsed = stagesPageSchema.safeParse(raw);
  const growthIssue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "growth");
  const yearIssue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "year");
  const query = parsed.success ? parsed.data : stagesPageSchema.parse({ year: yearIssue ? undefined : raw.year, growth: growthIssue ? undefined : raw.growth });

  const [{ scheme, figures, rates }, slugs] = await Promise.all([getRegionalStageData(), provinceSlugsByCode()]);
  const view = buildStagesView(scheme, figures, query.year, query.growth, slugs);
  const bands = scheme.bands.map(summarizeBand);
  const rateYears = rates.map((r) => r.year).sort((a, b) => a - b);
  const growthText = typeof raw.growth === "string" && raw.growth.trim() !== "" ? raw.growth : String(defaultStagesGrowthPct);

  return (
    <>
      <div className="page-head">
        <h1>{m.title}</h1>
        <p>{m.intro}</p>
      </div>

      <StagesForm years={view.years} year={view.year} growth={growthText} growthError={growthIssue?.message ?? null} />

      {view.yearNotice !== null && view.year !== null && <p className="notice section" role="status">{m.yearNotice(view.yearNotice, view.year)}</p>}

      {view.year === null ? (
        <p className="notice section" data-testid="stages-empty">{m.noData}</p>
      ) : (
        <>
          <section className="section panel" aria-labelledby="tiles-title">
            <h2 id="tiles-title">{m.tilesTitle(view.year)}</h2>
            <p className="chart__caption">{m.tilesCaption}</p>
            <div className="stages-map">
              <StageTileGrid tiles={view.tiles} />
              <ul className="legend legend--column" aria-label={m.columns.stage} data-testid="stage-counts">
                {view.bandCounts.map(({ band, count }) => (
                  <li key={band.key}>
                    <span className="legend__swatch" style={{ background: stagePalette[band.order] }} aria-hidden />
                    {band.nameZh} {m.bandCount(count)}
                  </li>
                ))}
                <li><span className="legend__swatch tile--no-data" aria-hidden />{m.noFigureLegend}</li>
              </ul>
            </div>
          </section>

          <section className="section panel">
            <StageRankingChart scheme={scheme} year={view.year} ranked={view.ranked} national={view.national} />
          </section>

          <section className="section panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{m.timelineTitle}</h2>
            <p className="chart__caption">{m.timelineLead(String(query.growth))}</p>
            <StageTimelineTable scheme={scheme} timelines={view.timelines} />
          </section>
        </>
      )}

      <section className="section panel" aria-labelledby="method-title">
        <h2 id="method-title">{m.methodTitle}</h2>
        <StageLegend bands={bands} />
        <ul>
          {m.method.map((line) => <li key={line}>{line}</li>)}
        </ul>
        {rateYears.length > 0 && (
          <>
            <h3>{m.ratesTitle}</h3>
            <p>{m.ratesLead(rateYears[0]!, rateYears.at(-1)!, rateYears.length)}</p>
            <ul>
              {[...new Set(rates.map((r) => r.sourceTitle))].map((title) => {
                const years = rates.filter((r) => r.sourceTitle === title).map((r) => r.year).sort((a, b) => a - b);
                return <li key={title}>{m.ratesSpan(years[0]!, years.at(-1)!, title)}</li>;
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
