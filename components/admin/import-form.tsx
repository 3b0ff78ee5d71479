"use client";
// Upload → what was detected (format, encoding, sheet, layout, where regions come from, which indicator
// each label maps to) and the figures or every problem → change the sheet or an indicator and look again
// → confirm. Nothing is written before the confirmation, and a file with any bad row is never written.
// Every form posts the page's locale, so the problems come back worded in the page's language.
import Link from "@/components/ui/link";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { importAction, type ImportState, type ImportView } from "@/lib/actions/editor";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ImportCounts } from "@/lib/import/store";
import { LocaleField } from "./locale-field";

export type ImportFormText = {
  file: string;
  fileHint: string;
  sheet: string;
  sheetHint: string;
  preview: string;
  reapply: string;
  confirm: string;
  previewTitle: string;
  counts: string;
  done: string;
  errorsTitle: string;
  shown: string;
  refused: Record<string, string>;
  statuses: Record<string, string>;
  columns: { line: string; column: string; problem: string; detail: string };
  figureColumns: { status: string; indicator: string; region: string; year: string; value: string; source: string };
  detectionTitle: string;
  detection: { format: string; encoding: string; sheet: string; layout: string; region: string; source: string; skipped: string };
  formats: Record<string, string>;
  encodings: Record<string, string>;
  layouts: Record<string, string>;
  regionSources: Record<string, string>;
  defaultSource: string;
  indicatorsTitle: string;
  indicatorColumns: { label: string; unit: string; mapsTo: string; status: string };
  indicatorStatuses: Record<string, string>;
  newIndicatorOption: string;
  autoOption: string;
  /** "「{text}」": a name the file gives, quoted as the page's language quotes. */
  quoted: string;
  unitLabels: Record<string, string>;
};

const countsText = (t: ImportFormText, c: ImportCounts) => fill(t.counts, c);

/** A choice as the form sends it: "标签=CODE", or CODE alone for the one unlabelled indicator of a file. */
const mappingValue = (label: string, code: string) => (label === "" ? code : `${label}=${code}`);

/** "：" between a label and its value: written ":" on the Chinese form, ": " in English. */
const colonOf = (locale: Locale) => (locale === "en" ? ": " : ":");

/** The detection, with the choices the editor can change, sent back with the staged file. */
type ChoiceFormProps = {
  locale: Locale;
  t: ImportFormText;
  action: (formData: FormData) => void;
  busy: boolean;
  view: ImportView | null;
  sheets: string[];
  token: string;
};

/** Confirms exactly what was previewed: the sheet and each label's indicator as detected or chosen. */
type ConfirmFormProps = { locale: Locale; t: ImportFormText; action: (formData: FormData) => void; busy: boolean; view: ImportView };

function ConfirmForm({ locale, t, action, busy, view }: ConfirmFormProps) {
  const d = view.detection;
  return (
    <form action={action} className="button-row">
      <LocaleField locale={locale} />
      <input type="hidden" name="token" value={view.token} />
      {d.sheet !== null && <input type="hidden" name="sheet" value={d.sheet} />}
      {d.indicators.map((i) =>
        i.status === "unresolved" ? null : <input key={i.label} type="hidden" name="indicator" value={mappingValue(i.label, i.status === "new" ? "new" : i.code)} />,
      )}
      <button className="button" type="submit" name="intent" value="confirm" disabled={busy}>{t.confirm}</button>
    </form>
  );
}

function ChoiceForm({ locale, t, action, busy, view, sheets, token }: ChoiceFormProps) {
  const colon = colonOf(locale);
  const d = view?.detection;
  const sheetList = d?.sheets.length ? d.sheets : sheets;
  const unit = (code: string) => t.unitLabels[code] ?? code;
  const fieldKey = `${token}-${d?.sheet}-${d?.indicators.map((i) => (i.status === "unresolved" ? i.label : i.code)).join("|")}`;
  return (
    <>
      {d && (
        <dl className="meta-list" data-testid="import-detection">
          <dt>{t.detection.format}</dt>
          <dd>{t.formats[d.format] ?? d.format}{d.encoding ? `${locale === "en" ? " " : ""}(${t.detection.encoding}${colon}${t.encodings[d.encoding] ?? d.encoding})` : ""}</dd>
          {d.sheet !== null && (<><dt>{t.detection.sheet}</dt><dd>{d.sheet}</dd></>)}
          <dt>{t.detection.layout}</dt>
          <dd>{t.layouts[d.layout] ?? d.layout}</dd>
          {d.layout !== "long" && (
            <>
              <dt>{t.detection.region}</dt>
              <dd>{t.regionSources[d.regionSource] ?? d.regionSource}{d.region ? fill(t.quoted, { text: d.region }) : ""}</dd>
              <dt>{t.detection.source}</dt>
              <dd>{d.source ?? t.defaultSource}</dd>
              <dt>{t.detection.skipped}</dt>
              <dd data-testid="import-skipped">{d.skippedEmpty}</dd>
            </>
          )}
        </dl>
      )}
      <form className="form" action={action} data-testid="import-choices">
        <LocaleField locale={locale} />
        <input type="hidden" name="token" value={token} />
        {sheetList.length > 1 && (
          <div className="field">
            <label htmlFor="sheet-choice">{t.detection.sheet}</label>
            <select id="sheet-choice" name="sheet" defaultValue={d?.sheet ?? sheetList[0]} key={`sheet-${fieldKey}`}>
              {sheetList.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </div>
        )}
        {d && d.indicators.length > 0 && view && (
          <div>
            <h3>{t.indicatorsTitle}</h3>
            <div className="table-wrap">
              <table className="data data--stack" data-testid="import-indicators">
                <thead>
                  <tr><th scope="col">{t.indicatorColumns.label}</th><th scope="col">{t.indicatorColumns.unit}</th><th scope="col">{t.indicatorColumns.mapsTo}</th><th scope="col">{t.indicatorColumns.status}</th></tr>
                </thead>
                <tbody>
                  {d.indicators.map((i, n) => {
                    const current = i.status === "unresolved" ? "auto" : i.status === "new" ? "new" : i.code;
                    return (
                      <tr key={i.label} data-status={i.status}>
                        <td className="stack-lead" data-label={t.indicatorColumns.label}>{i.label || "—"}</td>
                        <td data-label={t.indicatorColumns.unit}>{i.status === "unresolved" ? (i.unitText ?? "—") : `${unit(i.unit)}(${i.unit})`}</td>
                        <td data-label={t.indicatorColumns.mapsTo}>
                          <div className="field">
                          <label className="visually-hidden" htmlFor={`indicator-${n}`}>{`${t.indicatorColumns.mapsTo}${colon}${i.label}`}</label>
                          <select id={`indicator-${n}`} name="indicator" defaultValue={mappingValue(i.label, current)} key={`${fieldKey}-${n}`}>
                            <option value={mappingValue(i.label, "auto")}>{t.autoOption}</option>
                            <option value={mappingValue(i.label, "new")}>{i.status === "new" ? `${t.newIndicatorOption}${colon}${i.code}` : t.newIndicatorOption}</option>
                            {view.indicatorOptions.map((o) => (
                              <option key={o.code} value={mappingValue(i.label, o.code)}>{`${o.code} · ${localName(locale, o)}(${unit(o.unit)})`}</option>
                            ))}
                          </select>
                          </div>
                        </td>
                        <td data-label={t.indicatorColumns.status}>
                          {t.indicatorStatuses[i.status]}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        )}
        {(d?.indicators.length || sheetList.length > 1) && (
          <div className="button-row">
            <button className="button button--quiet" type="submit" name="intent" value="reapply" disabled={busy}>{t.reapply}</button>
          </div>
        )}
      </form>
    </>
  );
}

/** `maxBytes`: the server's limit, checked here too so an oversized file is refused before it is sent. */
export function ImportForm({ locale, t, maxBytes }: { locale: Locale; t: ImportFormText; maxBytes: number }) {
  const [state, action, busy] = useActionState<ImportState, FormData>(importAction, { stage: "idle" });
  const [tooLarge, setTooLarge] = useState(false);
  const fileError = tooLarge ? t.refused["too-large"] : state.stage === "refused" ? t.refused[state.reason] : undefined;

  return (
    <>
      <form
        className="form panel"
        action={action}
        onSubmit={(event) => {
          if (tooLarge) event.preventDefault();
        }}
      >
        <LocaleField locale={locale} />
        <Field id="file" label={t.file} hint={t.fileHint} error={fileError} alert>
          {(aria) => (
            <input
              {...aria}
              name="file"
              type="file"
              accept=".csv,.tsv,.txt,.json,.xlsx,.xls,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > maxBytes)}
            />
          )}
        </Field>
        <div className="field">
          <label htmlFor="sheet">{t.sheet}</label>
          <input id="sheet" name="sheet" type="text" maxLength={100} aria-describedby="sheet-hint" />
          <span className="field__hint" id="sheet-hint">{t.sheetHint}</span>
        </div>
        <div className="button-row">
          <button className="button" type="submit" name="intent" value="preview" disabled={busy}>{t.preview}</button>
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
          {/* Something to choose: the indicator of an NBS label, or another sheet. */}
          {((state.view && state.view.detection.layout !== "long") || state.sheets.length > 1 || (state.view?.detection.sheets.length ?? 0) > 1) && (
            <div className="section">
              <h3>{t.detectionTitle}</h3>
              <ChoiceForm locale={locale} t={t} action={action} busy={busy} view={state.view} sheets={state.sheets} token={state.token} />
            </div>
          )}
        </section>
      )}

      {state.stage === "preview" && (
        <section className="section panel" aria-labelledby="preview-title" data-testid="import-preview">
          <h2 id="preview-title">{t.previewTitle}{colonOf(locale)}{state.fileName}</h2>
          <h3>{t.detectionTitle}</h3>
          <ChoiceForm locale={locale} t={t} action={action} busy={busy} view={state.view} sheets={[]} token={state.token} />
          <p className="section" data-testid="import-counts">{countsText(t, state.counts)}</p>
          <div className="table-wrap">
            <table className="data data--stack" data-testid="import-figures">
              <thead>
                <tr>{Object.values(t.figureColumns).map((c) => <th key={c} scope="col">{c}</th>)}</tr>
              </thead>
              <tbody>
                {state.figures.map((f, i) => {
                  const c = t.figureColumns;
                  return (
                    <tr key={i} data-status={f.status}>
                      <td data-label={c.status}>{t.statuses[f.status]}</td><td data-label={c.indicator}>{f.indicator}</td>
                      <td data-label={c.region}>{f.region}</td><td data-label={c.year}>{f.year}</td>
                      <td className="num" data-label={c.value}>{f.qualifier ?? ""}{f.value}</td><td data-label={c.source}>{f.source}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="note">{fill(t.shown, { shown: state.figures.length, total: state.counts.new + state.counts.updated + state.counts.unchanged })}</p>
          <ConfirmForm locale={locale} t={t} action={action} busy={busy} view={state.view} />
        </section>
      )}

      {state.stage === "done" && (
        <section className="section panel" role="status" data-testid="import-done">
          <p>{fill(t.done, state.counts)}</p>
          <ul className="plain-list plain-list--inline">
            {state.regions.map((slug) => <li key={slug}><Link locale={locale} href={`/regions/${slug}`}>{slug}</Link></li>)}
          </ul>
        </section>
      )}
    </>
  );
}
