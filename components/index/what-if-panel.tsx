// The what-if form: one weight per pillar, typed as analysts write numbers, and the four method choices;
// the refusals next to their fields; reset and download; then the new ranks against the spec's own.
import { aggregations, imputations, normalisations, outlierTreatments, type IndexSpec } from "@/lib/index/spec";
import type { IndexResult } from "@/lib/index/compute";
import type { IndexInputs } from "@/lib/index/inputs";
import { compareRanks, methodChoices, weightShares, whatIfExport, type MethodChoice, type WhatIfDraft, type WhatIfOutcome } from "@/lib/index/what-if";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";
import { specLabel, storedLang } from "@/lib/index/stored-text";
import type { AppliedWhatIf } from "./workbench";
import { workbenchFormats } from "./workbench-format";
import { WhatIfRankTable } from "./what-if-rank-table";
import styles from "./index-workbench.module.css";

type Props = {
  locale: Locale;
  t: IndexWorkbenchMessages;
  spec: IndexSpec;
  inputs: IndexInputs;
  draft: WhatIfDraft;
  outcome: WhatIfOutcome;
  applied: AppliedWhatIf;
  baseResult: IndexResult;
  onChange: (draft: WhatIfDraft) => void;
  onReset: () => void;
};

const options: { [C in MethodChoice]: readonly WhatIfDraft["method"][C][] } = {
  normalisation: normalisations,
  imputation: imputations,
  outliers: outlierTreatments,
  aggregation: aggregations,
};

export function methodLabel(t: IndexWorkbenchMessages, choice: MethodChoice, value: string): string {
  const labels: Record<string, string> = t.methods[choice];
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}

function download(t: IndexWorkbenchMessages, spec: IndexSpec, applied: AppliedWhatIf) {
  const file = whatIfExport(spec, applied.spec, (title) => fill(t.whatIf.whatIfTitle, { title }));
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(file.spec, null, 2)}\n`], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function WhatIfPanel({ locale, t, spec, inputs, draft, outcome, applied, baseResult, onChange, onReset }: Props) {
  const { share, oneDecimal: milliseconds } = workbenchFormats(locale);
  const problems = outcome.status === "invalid" ? outcome.problems : null;
  const shares = weightShares(draft);
  const comparison = compareRanks(baseResult, applied.result, inputs.regions, locale);
  const exportKey = whatIfExport(spec, applied.spec, (title) => title).spec.key;
  const setWeight = (p: number, value: string) => onChange({ ...draft, weights: draft.weights.map((w, i) => (i === p ? value : w)) });
  const setMethod = <C extends MethodChoice>(choice: C, value: WhatIfDraft["method"][C]) => onChange({ ...draft, method: { ...draft.method, [choice]: value } });

  const status = problems
    ? t.whatIf.invalid
    : !applied.changed
      ? t.whatIf.unchanged
      : comparison.status === "computed"
        ? fill(t.whatIf.changedSummary, { moved: comparison.moved })
        : t.whatIf.empty;

  return (
    <section className={styles.part} aria-labelledby="wb-what-if-title">
      <div className={styles.panelHead}>
        <h3 id="wb-what-if-title">{t.whatIf.title}</h3>
        <p>{t.whatIf.lead}</p>
      </div>
      <form onSubmit={(event) => event.preventDefault()} aria-labelledby="wb-what-if-title" noValidate>
        <fieldset className={styles.fieldset} aria-describedby="wb-what-if-weights-hint">
          <legend>{t.whatIf.weightsLegend}</legend>
          <p className="field__hint" id="wb-what-if-weights-hint">{t.whatIf.weightsHint}</p>
          <div className={styles.weights}>
            {spec.pillars.map((pillar, p) => {
              const problem = problems?.weights[p] ?? null;
              const id = `wb-what-if-weight-${pillar.key}`;
              const pillarShare = shares[p];
              const label = specLabel(locale, pillar);
              return (
                <div className="field" key={pillar.key}>
                  <label htmlFor={id} lang={storedLang(locale, label)}>{label}</label>
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft.weights[p] ?? ""}
                    onChange={(event) => setWeight(p, event.target.value)}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-error` : `${id}-share`}
                  />
                  {problem ? (
                    <span className="field__error" id={`${id}-error`}>{t.whatIf.problems[problem]}</span>
                  ) : (
                    <span className="field__hint" id={`${id}-share`}>{pillarShare === null || pillarShare === undefined ? "—" : fill(t.whatIf.weightShare, { share: share.format(pillarShare) })}</span>
                  )}
                </div>
              );
            })}
          </div>
          {problems?.allZero && <p className="field__error" role="alert">{t.whatIf.problems["all-zero"]}</p>}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>{t.whatIf.methodsLegend}</legend>
          <div className={styles.methods}>
            {methodChoices.map((choice) => {
              const id = `wb-what-if-${choice}`;
              const refused = choice === "aggregation" && problems?.zscoreGeometric;
              return (
                <div className={`field ${styles.field}`} key={choice}>
                  <label htmlFor={id}>{t.choices[choice]}</label>
                  <select
                    id={id}
                    value={draft.method[choice]}
                    onChange={(event) => setMethod(choice, event.target.value as WhatIfDraft["method"][typeof choice])}
                    aria-invalid={refused ? true : undefined}
                    aria-describedby={refused ? `${id}-error` : undefined}
                  >
                    {options[choice].map((value) => (
                      <option key={value} value={value}>{methodLabel(t, choice, value)}</option>
                    ))}
                  </select>
                  {refused && <span className="field__error" id={`${id}-error`} role="alert">{t.whatIf.problems["zscore-geometric"]}</span>}
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className={styles.actions}>
          <button type="button" className="button button--quiet" onClick={onReset}>{t.whatIf.reset}</button>
          <button type="button" className="button" onClick={() => download(t, spec, applied)} disabled={problems !== null} aria-describedby="wb-what-if-download-hint">
            {t.whatIf.download}
          </button>
          <span className="note" id="wb-what-if-download-hint">{fill(t.whatIf.downloadHint, { key: exportKey })}</span>
        </div>
      </form>
      <p className={`${styles.status} ${problems ? styles.problem : ""}`} role="status" data-testid="what-if-status">
        {status}
        {/* Chinese runs sentences on; English puts a space between them. */}
        {!problems && applied.changed && `${locale === "en" ? " " : ""}${fill(t.whatIf.computeTime, { ms: milliseconds.format(applied.elapsedMs) })}`}
      </p>
      {comparison.status === "computed" ? <WhatIfRankTable locale={locale} t={t} rows={comparison.rows} inputs={inputs} /> : <p className="note">{t.whatIf.empty}</p>}
    </section>
  );
}
