import type { Metadata } from "next";
import { StageLegend } from "@/components/charts/stage-legend";
import { StageRankingChart } from "@/components/stages/stage-ranking-chart";
import { StagesForm } from "@/components/stages/stages-form";
import { StageTileGrid } from "@/components/stages/stage-tile-grid";
import { StageTimelineTable } from "@/components/stages/stage-timeline-table";
import { stagePalette } from "@/lib/charts/theme";
import { sourceName } from "@/lib/domain/citation";
import type { Rate, RegionDollarFigure } from "@/lib/domain/regional-stages";
import { summarizeBand } from "@/lib/domain/stage-report";
import { buildStagesView } from "@/lib/domain/stages-view";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import type { Locale } from "@/lib/i18n/locales";
import { getRegionalStageData, provinceNamesByCode, provinceSlugsByCode } from "@/lib/queries/regional-stages";
import { listSources } from "@/lib/queries/sources";
import { defaultStagesGrowthPct, stagesPageSchema } from "@/lib/validation/stages";
import { searchParamsRecord } from "@/lib/validation/form-values";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.stages.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The figures and rates with their sources named in the page's language: the stage data names each source as
 * the Chinese reference reads ("国家统计局《…》表…"); English pages name it by its English title instead.
 */
async function inPageLanguage(locale: Locale, figures: RegionDollarFigure[], rates: Rate[]): Promise<{ figures: RegionDollarFigure[]; rates: Rate[] }> {
  if (locale === "zh-CN") return { figures, rates };
  const names = new Map((await listSources()).map((s) => [s.slug, sourceName(s, locale)]));
  const name = (slug: string, fallback: string) => names.get(slug) ?? fallback;
  return {
    figures: figures.map((f) => ({
      ...f,
      source: name(f.sourceSlug, f.source),
      derivedFrom: f.derivedFrom && {
        ...f.derivedFrom,
        cnySource: name(f.derivedFrom.cnySourceSlug, f.derivedFrom.cnySource),
        rateSource: name(f.derivedFrom.rateSourceSlug, f.derivedFrom.rateSource),
      },
    })),
    rates: rates.map((r) => ({ ...r, sourceTitle: name(r.sourceSlug, r.sourceTitle) })),
  };
}

export default async function StagesPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m: messages } = await requestMessages();
  const m = messages.stages;
  const raw = searchParamsRecord(await searchParams);
  const parsed = stagesPageSchema.safeParse(raw);
  const growthIssue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "growth");
  const yearIssue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "year");
  const query = parsed.success ? parsed.data : stagesPageSchema.parse({ year: yearIssue ? undefined : raw.year, growth: growthIssue ? undefined : raw.growth });

  const [data, slugs, provinceNames] = await Promise.all([getRegionalStageData(), provinceSlugsByCode(), provinceNamesByCode()]);
  const { scheme } = data;
  const { figures, rates } = await inPageLanguage(locale, data.figures, data.rates);
  const view = buildStagesView(scheme, figures, query.year, query.growth, slugs);
  const bands = scheme.bands.map(summarizeBand);
  const rateYears = rates.map((r) => r.year).sort((a, b) => a - b);
  // The schema's own messages are Chinese: the page says the problem in its language.
  const growthError = growthIssue
    ? growthIssue.code === "too_small" ? m.form.growthTooLow : growthIssue.code === "too_big" ? m.form.growthTooHigh : m.form.growthNotNumber
    : null;
  const growthText = typeof raw.growth === "string" && raw.growth.trim() !== "" ? raw.growth : String(defaultStagesGrowthPct);

  return (
    <>
      <div className="page-head">
        <h1>{m.title}</h1>
        <p>{m.intro}</p>
      </div>

      <StagesForm locale={locale} years={view.years} year={view.year} growth={growthText} growthError={growthError} />

      {view.yearNotice !== null && view.year !== null && <p className="notice section" role="status">{m.yearNotice(view.yearNotice, view.year)}</p>}

      {view.year === null ? (
        <p className="notice section" data-testid="stages-empty">{m.noData}</p>
      ) : (
        <>
          <section className="section panel" aria-labelledby="tiles-title">
            <h2 id="tiles-title">{m.tilesTitle(view.year)}</h2>
            <p className="chart__caption">{m.tilesCaption}</p>
            <div className="stages-map">
              <StageTileGrid locale={locale} tiles={view.tiles} names={provinceNames} />
              <ul className="legend legend--column" aria-label={m.columns.stage} data-testid="stage-counts">
                {view.bandCounts.map(({ band, count }) => (
                  <li key={band.key}>
                    <span className="legend__swatch" style={{ background: stagePalette[band.order] }} aria-hidden />
                    {localName(locale, band)} {m.bandCount(count)}
                  </li>
                ))}
                <li><span className="legend__swatch tile--no-data" aria-hidden />{m.noFigureLegend}</li>
              </ul>
            </div>
          </section>

          <section className="section panel">
            <StageRankingChart locale={locale} scheme={scheme} year={view.year} ranked={view.ranked} national={view.national} />
          </section>

          <section className="section panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{m.timelineTitle}</h2>
            <p className="chart__caption">{m.timelineLead(String(query.growth))}</p>
            <StageTimelineTable locale={locale} scheme={scheme} timelines={view.timelines} />
          </section>
        </>
      )}

      <section className="section panel" aria-labelledby="method-title">
        <h2 id="method-title">{m.methodTitle}</h2>
        <StageLegend locale={locale} bands={bands} />
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
