"use client";
// Batch stage check: paste or upload "region, GDP" lines, see every region's stage, download as CSV.
import { useActionState } from "react";
import { checkBatchAction } from "@/lib/actions/stage-batch";
import type { BatchProblem, BatchResult } from "@/lib/stage-batch";

export type BatchFormText = {
  text: string;
  textHint: string;
  file: string;
  submit: string;
  download: string;
  resultTitle: string;
  errorsTitle: string;
  line: string;
  reasons: Record<"format" | "number" | "range", string>;
  problems: Record<BatchProblem, string>;
  columns: { region: string; gdp: string; stage: string; next: string; gap: string };
  placeholder: string;
};

const number = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

export function BatchForm({ t }: { t: BatchFormText }) {
  const [result, action, pending] = useActionState<BatchResult | null, FormData>(checkBatchAction, null);
  const fieldErrors: Partial<Record<string, string>> = result && !result.ok ? { [result.field]: t.problems[result.problem] } : {};
  const fieldError = (field: "text" | "file") =>
    fieldErrors[field] && (
      <span className="field__error" id={`${field}-error`} role="alert">
        {fieldErrors[field]}
      </span>
    );

  return (
    <>
      <form className="form panel" action={action} aria-label={t.submit}>
        <div className="field">
          <label htmlFor="text">{t.text}</label>
          <textarea
            id="text"
            name="text"
            placeholder={t.placeholder}
            aria-invalid={fieldErrors.text ? true : undefined}
            aria-describedby={["text-hint", fieldErrors.text && "text-error"].filter(Boolean).join(" ")}
          />
          <span className="field__hint" id="text-hint">{t.textHint}</span>
          {fieldError("text")}
        </div>
        <div className="field">
          <label htmlFor="file">{t.file}</label>
          <input id="file" name="file" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" aria-invalid={fieldErrors.file ? true : undefined} />
          {fieldError("file")}
        </div>
        <div className="button-row">
          <button className="button" type="submit" disabled={pending}>{t.submit}</button>
          <button
            className="button button--quiet"
            type="submit"
            name="format"
            value="csv"
            formAction="/api/v1/stage/batch"
            formMethod="post"
            formEncType="multipart/form-data"
          >
            {t.download}
          </button>
        </div>
      </form>

      {result?.ok && (
        <section className="section panel" aria-labelledby="batch-result-title">
          <h2 id="batch-result-title">{t.resultTitle.replace("{n}", String(result.rows.length))}</h2>
          {result.errors.length > 0 && (
            <div className="error-summary" data-testid="batch-line-errors">
              <strong>{t.errorsTitle.replace("{n}", String(result.errors.length))}</strong>
              <ul>
                {result.errors.map((e) => (
                  <li key={e.line}>
                    {t.line} {e.line}: {t.reasons[e.reason]} <code>{e.text}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="table-wrap">
            <table className="data" data-testid="batch-table">
              <thead>
                <tr>
                  <th scope="col">{t.line}</th>
                  <th scope="col">{t.columns.region}</th>
                  <th scope="col">{t.columns.gdp}</th>
                  <th scope="col">{t.columns.stage}</th>
                  <th scope="col">{t.columns.next}</th>
                  <th scope="col">{t.columns.gap}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{r.region}</td>
                    <td className="num">{number.format(r.gdpPerCapitaUsd)}</td>
                    <td>{r.stageNameZh}</td>
                    <td className="num">{r.nextThresholdUsd === null ? "—" : number.format(r.nextThresholdUsd)}</td>
                    <td className="num">{r.gapUsd === null ? "—" : number.format(r.gapUsd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
