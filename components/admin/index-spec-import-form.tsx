"use client";
// Import a spec file: a .json as "导出 JSON" writes it. A file the schema refuses is listed problem by
// problem with its path; nothing is saved until the whole file is right. A saved key is replaced only
// when the box is ticked.
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { importIndexSpecAction, type SpecImportState } from "@/lib/actions/index-specs";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { SpecFormText } from "./index-spec-form";
import { LocaleField } from "./locale-field";

export function IndexSpecImportForm({ locale, t }: { locale: Locale; t: SpecFormText }) {
  const [state, action, pending] = useActionState<SpecImportState, FormData>(importIndexSpecAction, { stage: "idle" });
  const refusal = state.stage === "refused" ? fill(t.importRefused[state.reason], { key: state.key ?? "" }) : undefined;
  return (
    <form action={action} className="form panel" aria-labelledby="spec-import-title">
      <LocaleField locale={locale} />
      <h2 id="spec-import-title">{t.importTitle}</h2>
      <p className="note">{t.importIntro}</p>
      <Field id="spec-file" label={t.file} error={refusal} alert>
        {(aria) => <input {...aria} name="file" type="file" accept=".json,application/json" required />}
      </Field>
      <label className="note">
        <input type="checkbox" name="replace" /> {t.replace}
      </label>
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>{t.importButton}</button>
      </div>
      {state.stage === "issues" && (
        <div className="error-summary" role="alert" data-testid="spec-import-issues" style={{ minWidth: 0 }}>
          <p>{fill(t.importIssues, { file: state.fileName })}</p>
          <ul>
            {state.issues.map((issue, n) => (
              <li key={n}>
                <code className="break-anywhere">{issue.path || t.wholeSpec}</code>{locale === "en" ? ": " : "："}{t.problems[issue.problem]}
                <br />
                <span className="note break-anywhere" lang={locale === "en" ? undefined : "en"}>{issue.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
