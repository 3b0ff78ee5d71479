"use client";
// Batch stage check: paste or upload "region, GDP" lines, optionally a growth rate and base year, see every
// region's stage (and when it reaches the next), download that result as CSV. Works without JavaScript: the
// action's result, with what was typed, comes back in the page.
import { useActionState } from "react";
import { checkBatchAction } from "@/lib/actions/stage-batch";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import type { BatchMessages } from "@/lib/i18n/zh-CN-batch";
import type { BatchProblems, BatchResult } from "@/lib/stage-batch";

type Props = {
  locale: Locale;
  /** The page's catalogue section, chosen on the server: the client bundle carries no catalogue of its own. */
  t: BatchMessages;
  /** Stage names by stage key, in the page's language. */
  stageNames: Record<string, string>;
  maxLines: number;
  horizonYears: number;
};

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 })));
  return format;
}
const emptyEcho = { text: "", growth: "", year: "" };

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

function FieldError({ field, problems, t }: { field: keyof BatchProblems; problems: BatchProblems; t: BatchMessages }) {
  const problem = problems[field];
  if (!problem) return null;
  return (
    <span className="field__error" id={`${field}-error`} role="alert">
      {t.problems[problem]}
    </span>
  );
}

export function BatchForm({ locale, t, stageNames, maxLines, horizonYears }: Props) {
  const number = numberFormat(locale);
  const [result, action, pending] = useActionState<BatchResult | null, FormData>(checkBatchAction, null);
  const echo = result?.echo ?? emptyEcho;
  const problems: BatchProblems = result && !result.ok ? result.problems : {};
  const errorProps = (field: keyof BatchProblems, hint?: string) => ({
    "aria-invalid": problems[field] ? true : undefined,
    "aria-describedby": describedBy(hint, problems[field] && `${field}-error`),
  });

  return (
    <>
      <form className="form panel" action={action} aria-label={t.title}>
        <div className="field">
          <label htmlFor="text">{t.text}</label>
          {/* defaultValue from the result: React resets a form after its action, and a page posted without JavaScript starts empty. */}
          <textarea id="text" name="text" rows={8} placeholder={t.placeholder} defaultValue={echo.text} {...errorProps("text", "text-hint")} />
          <span className="field__hint" id="text-hint">{fill(t.textHint, { max: number.format(maxLines) })}</span>
          <FieldError field="text" problems={problems} t={t} />
        </div>
        <div className="field">
          <label htmlFor="file">{t.file}</label>
          <input id="file" name="file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" {...errorProps("file")} />
          <FieldError field="file" problems={problems} t={t} />
        </div>
        <div className="form__row">
          <div className="field">
            <label htmlFor="growth">{t.growth}</label>
            <input id="growth" name="growth" type="text" inputMode="decimal" autoComplete="off" defaultValue={echo.growth} {...errorProps("growth", "growth-hint")} />
            <span className="field__hint" id="growth-hint">{t.growthHint}</span>
            <FieldError field="growth" problems={problems} t={t} />
          </div>
          <div className="field">
            <label htmlFor="year">{t.year}</label>
            <input id="year" name="year" type="text" inputMode="numeric" autoComplete="off" defaultValue={echo.year} {...errorProps("year", "year-hint")} />
            <span className="field__hint" id="year-hint">{t.yearHint}</span>
            <FieldError field="year" problems={problems} t={t} />
          </div>
        </div>
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>{t.submit}</button>
          {pending && <span className="note" role="status">{t.pending}</span>}
        </div>
      </form>

      {result?.ok && <BatchResultSection locale={locale} result={result} t={t} number={number} stageNames={stageNames} horizonYears={horizonYears} />}
    </>
  );
}

type ResultProps = {
  locale: Locale;
  result: Extract<BatchResult, { ok: true }>;
  t: BatchMessages;
  number: Intl.NumberFormat;
  stageNames: Record<string, string>;
  horizonYears: number;
};

function BatchResultSection({ locale, result, t, number, stageNames, horizonYears }: ResultProps) {
  const { rows, errors, projection } = result;
  // English puts a space between the sentence and the line quoted after it; Chinese does not.
  const spaceBeforeCode = locale === "en" ? " " : "";
  const c = t.columns;
  const crossing = (row: (typeof rows)[number]) =>
    row.reachesNextStageIn !== null ? String(row.reachesNextStageIn) : row.nextThresholdUsd === null ? t.topStage : fill(t.notWithin, { n: horizonYears });

  return (
    <section className="section panel" aria-labelledby="batch-result-title">
      <h2 id="batch-result-title">{fill(t.resultTitle, { n: rows.length })}</h2>
      <p className="section__lead">
        {projection
          ? fill(t.projectionNote, { year: projection.baseYear, growth: number.format(projection.growthPct), horizon: horizonYears })
          : t.noProjection}
      </p>
      {errors.length > 0 && (
        <div className="error-summary" data-testid="batch-line-errors">
          <strong>{fill(t.errorsTitle, { n: errors.length })}</strong>
          <ul>
            {errors.map((e) => (
              <li key={e.line}>
                {fill(t.lineError, { n: e.line, reason: t.reasons[e.reason] })}{spaceBeforeCode}<code>{e.text}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length > 0 && (
        <>
          {/* The download posts the checked text and the assumptions again, so the file is the table below. */}
          <form className="button-row section" method="post" action="/api/v1/stage/batch" encType="multipart/form-data">
            <input type="hidden" name="format" value="csv" />
            <input type="hidden" name="text" value={result.checkedText ?? result.echo.text} />
            <input type="hidden" name="growth" value={projection ? String(projection.growthPct) : ""} />
            <input type="hidden" name="year" value={projection ? String(projection.baseYear) : ""} />
            <button className="button button--quiet" type="submit">{t.download}</button>
            <span className="note">{t.downloadHint}</span>
          </form>
          <div className="table-wrap">
            <table className="data data--stack" data-testid="batch-table">
              <thead>
                <tr>
                  <th scope="col">{c.line}</th>
                  <th scope="col">{c.region}</th>
                  <th scope="col">{c.gdp}</th>
                  <th scope="col">{c.stage}</th>
                  <th scope="col">{c.next}</th>
                  <th scope="col">{c.gap}</th>
                  {projection && <th scope="col">{c.reaches}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.line}>
                    <td data-label={c.line}>{r.line}</td>
                    <td data-label={c.region}>{r.region || <span className="note">{t.noRegion}</span>}</td>
                    <td data-label={c.gdp} className="num">{number.format(r.gdpPerCapitaUsd)}</td>
                    <td data-label={c.stage}>{stageNames[r.stageKey] ?? r.stageNameZh}</td>
                    <td data-label={c.next} className="num">{r.nextThresholdUsd === null ? "—" : number.format(r.nextThresholdUsd)}</td>
                    <td data-label={c.gap} className="num">{r.gapUsd === null ? "—" : number.format(r.gapUsd)}</td>
                    {projection && <td data-label={c.reaches} className="num">{crossing(r)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
