"use client";
// Upload → preview (new / updated / unchanged, or every problem) → confirm. Nothing is written before
// the confirmation, and a file with any bad row is never written.
import Link from "@/components/ui/link";
import { useActionState } from "react";
import { confirmImportAction, previewImportAction, type ImportState } from "@/lib/actions/editor";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { ImportCounts } from "@/lib/import/store";

export type ImportFormText = {
  file: string;
  fileHint: string;
  preview: string;
  confirm: string;
  cancel: string;
  previewTitle: string;
  counts: string;
  done: string;
  errorsTitle: string;
  shown: string;
  refused: Record<string, string>;
  statuses: Record<string, string>;
  columns: { line: string; column: string; problem: string; detail: string };
  figureColumns: { status: string; indicator: string; region: string; year: string; value: string; source: string };
};

const countsText = (t: ImportFormText, c: ImportCounts) => fill(t.counts, c);

export function ImportForm({ t }: { t: ImportFormText }) {
  const [preview, previewAction, previewing] = useActionState<ImportState, FormData>(previewImportAction, { stage: "idle" });
  const [confirmed, confirmAction, confirming] = useActionState<ImportState, FormData>(confirmImportAction, { stage: "idle" });
  const state = confirmed.stage !== "idle" ? confirmed : preview;
  const fileError = state.stage === "refused" ? t.refused[state.reason] : undefined;

  return (
    <>
      <form className="form panel" action={previewAction}>
        <div className="field">
          <label htmlFor="file">{t.file}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={["file-hint", fileError && "file-error"].filter(Boolean).join(" ")}
          />
          <span className="field__hint" id="file-hint">{t.fileHint}</span>
          {fileError && <span className="field__error" id="file-error" role="alert">{fileError}</span>}
        </div>
        <div className="button-row">
          <button className="button" type="submit" disabled={previewing}>{t.preview}</button>
        </div>
      </form>

      {state.stage === "issues" && (
        <section className="section panel" aria-labelledby="issues-title" data-testid="import-issues">
          <h2 id="issues-title">{fill(t.errorsTitle, { n: state.issues.length })}</h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr><th scope="col">{t.columns.line}</th><th scope="col">{t.columns.column}</th><th scope="col">{t.columns.problem}</th><th scope="col">{t.columns.detail}</th></tr>
              </thead>
              <tbody>
                {state.issues.map((issue, i) => (
                  <tr key={i}><td>{issue.where}</td><td><code>{issue.column}</code></td><td>{issue.reason}</td><td>{issue.detail}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {state.stage === "preview" && (
        <section className="section panel" aria-labelledby="preview-title" data-testid="import-preview">
          <h2 id="preview-title">{t.previewTitle}:{state.fileName}</h2>
          <p data-testid="import-counts">{countsText(t, state.counts)}</p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>{Object.values(t.figureColumns).map((c) => <th key={c} scope="col">{c}</th>)}</tr>
              </thead>
              <tbody>
                {state.figures.map((f) => (
                  <tr key={f.line} data-status={f.status}>
                    <td>{t.statuses[f.status]}</td><td>{f.indicator}</td><td>{f.region}</td><td>{f.year}</td>
                    <td className="num">{f.qualifier ?? ""}{f.value}</td><td>{f.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="note">{fill(t.shown, { shown: state.figures.length, total: state.counts.new + state.counts.updated + state.counts.unchanged })}</p>
          <form action={confirmAction} className="button-row">
            <input type="hidden" name="token" value={state.token} />
            <button className="button" type="submit" disabled={confirming}>{t.confirm}</button>
          </form>
        </section>
      )}

      {state.stage === "done" && (
        <section className="section panel" role="status" data-testid="import-done">
          <p>{fill(t.done, state.counts)}</p>
          <ul className="plain-list plain-list--inline">
            {state.regions.map((slug) => <li key={slug}><Link href={`/regions/${slug}`}>{slug}</Link></li>)}
          </ul>
        </section>
      )}
    </>
  );
}
