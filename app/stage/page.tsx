import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "@/components/ui/link";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { ScenarioPaths } from "@/components/stage/scenario-paths";
import { ScenarioTornado } from "@/components/stage/scenario-tornado";
import { StageAnswer } from "@/components/stage/stage-answer";
import { StageForm } from "@/components/stage/stage-form";
import { WeightsBars } from "@/components/stage/weights-bars";
import { crossingSensitivity, projectScenarios, type Assumptions } from "@/lib/domain/scenarios";
import { buildStageReport, summarizeBand } from "@/lib/domain/stage-report";
import { stageSchemes } from "@/lib/domain/stage-scheme";
import { formatPct } from "@/lib/format";
import { localizedPath } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { searchParamsRecord } from "@/lib/validation/form-values";
import { stageFieldProblems, stageFormSchema, stageFormValues, withoutEmptyFields } from "@/lib/validation/stage-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.stage.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toSearch(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  return search;
}

export default async function StagePage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const params = await searchParams;
  // The form is a plain GET, so it sends its empty fields too; the address to keep and share leaves them out.
  const canonical = withoutEmptyFields("/stage", toSearch(params));
  if (canonical !== null) redirect(localizedPath(locale, canonical));

  const raw = searchParamsRecord(params);
  const values = stageFormValues(raw);
  const hasInput = Object.values(values).some((v) => v !== undefined && v.trim() !== "");

  const parsed = hasInput ? stageFormSchema.safeParse(raw) : null;
  const errors: Record<string, string> = {};
  if (parsed && !parsed.success) {
    for (const [field, problem] of Object.entries(stageFieldProblems(parsed.error))) {
      errors[field] = problem === "gdp-and-cny" ? m.stage.form.gdpAndCny : (m.stage.form.errors[field] ?? m.stage.form.errors.gdp!);
    }
  }
  const query = parsed?.success ? parsed.data : null;
  const scheme = query ? stageSchemes[query.scheme]! : null;
  const report = query && scheme ? buildStageReport(scheme, query, new Date().getFullYear()) : null;
  const bands = (scheme ?? stageSchemes["gcr-2014-2015"]!).bands.map(summarizeBand);

  const projection = report?.projection ?? null;
  const assumptions: Assumptions | null = projection && {
    realGrowthPct: projection.growthPct,
    deflatorPct: projection.deflatorPct,
    cnyVsUsdPct: projection.cnyVsUsdPct,
    populationPct: projection.populationPct,
  };
  const start = report && projection ? { year: projection.baseYear, gdpPerCapitaUsd: report.gdpPerCapitaUsd } : null;
  const scenarios = scheme && start && assumptions && report?.next ? projectScenarios(scheme, start, assumptions) : null;
  const sensitivity = scheme && start && assumptions && report?.next ? crossingSensitivity(scheme, start, assumptions) : null;
  const s = m.stage.scenarios;

  return (
    <>
      <div className="page-head">
        <h1>{m.stage.title}</h1>
        <p>{m.stage.intro}</p>
      </div>

      <StageForm locale={locale} values={values} errors={errors} />

      {report && (
        <>
          <section className="section panel" id="answer" aria-labelledby="answer-title">
            <h2 id="answer-title" className="visually-hidden">{m.stage.answerTitle}</h2>
            <StageAnswer locale={locale} report={report} scenarios={scenarios} />
            <div className="section">
              <StageBandChart
                locale={locale}
                id="stage-bands"
                title={m.stage.bandChartTitle}
                bands={bands}
                markers={[
                  { label: m.stage.yourFigure, gdpPerCapitaUsd: report.gdpPerCapitaUsd },
                  ...(projection?.reachesNextStageIn
                    ? [{
                        label: m.common.yearLabel(projection.reachesNextStageIn),
                        gdpPerCapitaUsd: projection.path.at(-1)!.gdpPerCapitaUsd,
                      }]
                    : []),
                ]}
              />
            </div>
          </section>

          <section className="section panel" aria-labelledby="projection-title">
            <h2 id="projection-title">{m.stage.projectionTitle}</h2>
            {!projection ? (
              <p className="note">{m.stage.noGrowth}</p>
            ) : scenarios && sensitivity ? (
              <>
                <ScenarioPaths locale={locale} id="stage-scenarios" bands={bands} scenarios={scenarios} next={report.next} />
                <div className="section">
                  <ScenarioTornado locale={locale} id="stage-tornado" sensitivity={sensitivity} baseYear={projection.baseYear} />
                </div>
                <ul className="method-list" data-testid="scenario-notes">
                  {s.notes(formatPct(scenarios.stepPct), formatPct(sensitivity.stepPct)).map((line) => <li key={line}>{line}</li>)}
                </ul>
              </>
            ) : (
              <p className="note">{s.top}</p>
            )}
          </section>
        </>
      )}

      <div className={report ? "grid grid--halves section" : "section"}>
        {report && (
          <section className="panel" aria-labelledby="weights-title">
            <h2 id="weights-title">{m.stage.weightsTitle}</h2>
            <p className="section__lead">{m.stage.weightsLead(localName(locale, report.stage))}</p>
            <WeightsBars locale={locale} weights={report.weights} />
          </section>
        )}
        <section className="panel" aria-labelledby="method-title">
          <h2 id="method-title">{m.stage.methodTitle}</h2>
          <ul className="method-list">
            {m.stage.method.map((line) => <li key={line}>{line}</li>)}
          </ul>
          <p><Link locale={locale} href="/stage/batch">{m.stage.batchLink} →</Link></p>
        </section>
      </div>
    </>
  );
}
