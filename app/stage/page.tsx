import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ProjectionChart } from "@/components/charts/projection-chart";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { StageAnswer } from "@/components/stage/stage-answer";
import { StageForm, type StageFormValues } from "@/components/stage/stage-form";
import { WeightsBars } from "@/components/stage/weights-bars";
import { buildStageReport, summarizeBand } from "@/lib/domain/stage-report";
import { stageSchemes } from "@/lib/domain/stage-scheme";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import { searchParamsRecord, stageQuerySchema } from "@/lib/validation/stage";

export const metadata: Metadata = { title: getMessages().stage.title };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StagePage({ searchParams }: { searchParams: SearchParams }) {
  const m = getMessages();
  const raw = searchParamsRecord(await searchParams);
  const values = raw as StageFormValues;
  const hasInput = Object.values(raw).some((v) => typeof v === "string" && v.trim() !== "");

  const parsed = hasInput ? stageQuerySchema.safeParse(raw) : null;
  const errors: Record<string, string> = {};
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "gdp");
      // Own keys only, so a field name can never reach Object.prototype's members.
      if (Object.hasOwn(errors, field)) continue;
      errors[field] = Object.hasOwn(m.stage.form.errors, field) ? m.stage.form.errors[field]! : issue.message;
    }
  }
  const query = parsed?.success ? parsed.data : null;
  const scheme = query ? stageSchemes[query.scheme]! : null;
  const report = query && scheme ? buildStageReport(scheme, query, new Date().getFullYear()) : null;
  const bands = (scheme ?? stageSchemes["gcr-2014-2015"]!).bands.map(summarizeBand);

  return (
    <>
      <div className="page-head">
        <h1>{m.stage.title}</h1>
        <p>{m.stage.intro}</p>
      </div>

      <StageForm values={values} errors={errors} />

      {report && (
        <>
          <section className="section panel" aria-labelledby="answer-title">
            <h2 id="answer-title" className="visually-hidden">{m.stage.answerTitle}</h2>
            <StageAnswer report={report} />
            <div className="section">
              <StageBandChart
                id="stage-bands"
                title={m.stage.bandChartTitle}
                bands={bands}
                markers={[
                  { label: m.stage.yourFigure, gdpPerCapitaUsd: report.gdpPerCapitaUsd },
                  ...(report.projection?.reachesNextStageIn
                    ? [{
                        label: m.common.yearLabel(report.projection.reachesNextStageIn),
                        gdpPerCapitaUsd: report.projection.path.at(-1)!.gdpPerCapitaUsd,
                      }]
                    : []),
                ]}
              />
            </div>
          </section>

          {report.projection ? (
            <section className="section panel" aria-labelledby="projection-title">
              <h2 id="projection-title">{m.stage.projectionTitle}</h2>
              <ProjectionChart
                id="stage-projection"
                title={m.stage.projectionChartTitle(report.projection.baseYear, formatUsd(report.gdpPerCapitaUsd))}
                caption={m.stage.projectionCaption}
                bands={bands}
                reported={[{
                  year: report.projection.baseYear,
                  gdpPerCapitaUsd: report.gdpPerCapitaUsd,
                  label: formatUsd(report.gdpPerCapitaUsd),
                }]}
                projected={report.projection.path}
                crossingYear={report.projection.reachesNextStageIn}
                names={{ reported: m.stage.inputSeries, projected: m.stage.projectedSeries }}
              />
            </section>
          ) : (
            <section className="section panel">
              <h2>{m.stage.projectionTitle}</h2>
              <p className="note">{m.stage.noGrowth}</p>
            </section>
          )}
        </>
      )}

      <div className={report ? "grid grid--halves section" : "section"}>
        {report && (
          <section className="panel" aria-labelledby="weights-title">
            <h2 id="weights-title">{m.stage.weightsTitle}</h2>
            <p className="section__lead">{m.stage.weightsLead(report.stage.nameZh)}</p>
            <WeightsBars weights={report.weights} />
          </section>
        )}
        <section className="panel" aria-labelledby="method-title">
          <h2 id="method-title">{m.stage.methodTitle}</h2>
          <ul className="method-list">
            {m.stage.method.map((line) => <li key={line}>{line}</li>)}
          </ul>
          <p><Link href="/stage/batch">{m.stage.batchLink} →</Link></p>
        </section>
      </div>
    </>
  );
}
