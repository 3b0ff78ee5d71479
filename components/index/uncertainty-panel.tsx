// The Monte Carlo runner: runs, weight noise and which method choices vary; Run and Cancel; a progress
// bar fed by the worker; then the rank intervals and the sensitivity indices (uncertainty-results.tsx).
import { useState, type FormEvent } from "react";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { defaultSeed } from "@/lib/index/uncertainty-settings";
import { defaultUncertaintyDraft, readRunnerSettings, runLimits, varyingOptions, weightNoiseLimits, type UncertaintyDraft } from "@/lib/index/uncertainty-view";
import { methodChoices } from "@/lib/index/what-if";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";
import { Field } from "@/components/ui/field";
import { UncertaintyResults } from "./uncertainty-results";
import { useUncertaintyWorker } from "./uncertainty-worker";
import { methodLabel } from "./what-if-panel";
import { workbenchFormats } from "./workbench-format";
import styles from "./index-workbench.module.css";

type Props = { locale: Locale; t: IndexWorkbenchMessages; spec: IndexSpec; isWhatIf: boolean; blocked: boolean; inputs: IndexInputs };

export function UncertaintyPanel({ locale, t, spec, isWhatIf, blocked, inputs }: Props) {
  const { count } = workbenchFormats(locale);
  const [draft, setDraft] = useState<UncertaintyDraft>(defaultUncertaintyDraft);
  const [submitted, setSubmitted] = useState(false);
  /** The spec a finished run was computed on: the what-if spec may have changed since. */
  const [ranSpec, setRanSpec] = useState<IndexSpec>(spec);
  const { state, run, cancel } = useUncertaintyWorker();
  const reading = readRunnerSettings(spec, draft);
  const problems = submitted && !reading.ok ? reading.problems : null;
  const running = state.status === "running";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!reading.ok || blocked) return;
    const { runs, weightNoise, alternatives } = reading.settings;
    setRanSpec(spec);
    run({ spec, data: inputs.data, settings: { runs, weightNoise, alternatives, seed: defaultSeed, sensitivityBaseRuns: runs } });
  };

  return (
    <section className={styles.part} aria-labelledby="wb-uncertainty-title">
      <div className={styles.panelHead}>
        <h3 id="wb-uncertainty-title">{t.uncertainty.title}</h3>
        <p>{t.uncertainty.lead}</p>
        <p>{blocked ? <span className={styles.problem}>{t.uncertainty.blocked}</span> : isWhatIf ? t.uncertainty.usesWhatIf : t.uncertainty.usesSpec}</p>
      </div>
      <form onSubmit={submit} aria-labelledby="wb-uncertainty-title" noValidate>
        <div className="form__row">
          <Field
            id="wb-uncertainty-runs"
            label={t.uncertainty.runs}
            hint={fill(t.uncertainty.runsHint, { min: count.format(runLimits.min), max: count.format(runLimits.max) })}
            error={problems?.runs && t.uncertainty.problems[problems.runs]}
          >
            {(aria) => (
              <input {...aria} type="text" inputMode="numeric" autoComplete="off" value={draft.runs} onChange={(event) => setDraft({ ...draft, runs: event.target.value })} />
            )}
          </Field>
          <Field
            id="wb-uncertainty-noise"
            label={t.uncertainty.weightNoise}
            hint={fill(t.uncertainty.weightNoiseHint, { max: weightNoiseLimits.max * 100 })}
            error={problems?.weightNoise && t.uncertainty.problems[problems.weightNoise]}
          >
            {(aria) => (
              <input
                {...aria}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={draft.weightNoisePercent}
                onChange={(event) => setDraft({ ...draft, weightNoisePercent: event.target.value })}
              />
            )}
          </Field>
        </div>
        <fieldset className={styles.fieldset}>
          <legend>{t.uncertainty.varyLegend}</legend>
          <div className={styles.checks}>
            {methodChoices.map((choice) => {
              const choices = varyingOptions(spec, choice);
              const fixed = choices.length < 2;
              return (
                <label className={styles.check} key={choice}>
                  <input
                    type="checkbox"
                    name={`vary-${choice}`}
                    checked={!fixed && draft.vary[choice]}
                    disabled={fixed}
                    onChange={(event) => setDraft({ ...draft, vary: { ...draft.vary, [choice]: event.target.checked } })}
                  />
                  <span>
                    {fixed
                      ? fill(t.uncertainty.fixedOnly, { choice: t.choices[choice] })
                      : fill(t.uncertainty.varyOption, { choice: t.choices[choice], options: choices.map((c) => methodLabel(t, choice, c)).join(" / ") })}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={running || blocked}>{t.uncertainty.run}</button>
          <button type="button" className="button button--quiet" onClick={cancel} disabled={!running}>{t.uncertainty.cancel}</button>
        </div>
      </form>
      <RunStatus locale={locale} t={t} state={state} />
      {state.status === "done" && JSON.stringify(ranSpec) !== JSON.stringify(spec) && <p className="notice">{t.uncertainty.stale}</p>}
      {state.status === "done" && <UncertaintyResults locale={locale} t={t} result={state.result} spec={ranSpec} inputs={inputs} />}
    </section>
  );
}

type RunStatusProps = { locale: Locale; t: IndexWorkbenchMessages; state: ReturnType<typeof useUncertaintyWorker>["state"] };

function RunStatus({ locale, t, state }: RunStatusProps) {
  const { count } = workbenchFormats(locale);
  if (state.status === "running") {
    return (
      <div className={styles.progress}>
        <progress id="wb-uncertainty-progress" max={state.total ?? 1} value={state.total === null ? undefined : state.done} aria-label={t.uncertainty.progressLabel} />
        <span className="note" role="status">
          {state.total === null ? "…" : fill(t.uncertainty.progress, { done: count.format(state.done), total: count.format(state.total) })}
        </span>
      </div>
    );
  }
  if (state.status === "cancelled") return <p className={`note ${styles.status}`} role="status">{t.uncertainty.cancelled}</p>;
  if (state.status === "failed") {
    return (
      <p className={`${styles.status} ${styles.problem}`} role="alert">
        {state.kind === "worker" ? t.uncertainty.workerFailed : fill(t.uncertainty.failed, { message: state.message })}
      </p>
    );
  }
  if (state.status === "done") {
    const { result } = state;
    const runs = result.uncertainty.status === "computed" ? result.uncertainty.runs : 0;
    return (
      <p className={`note ${styles.status}`} role="status">
        {fill(t.uncertainty.done, { runs: count.format(runs), sensitivityRuns: count.format(result.sensitivityRuns), seconds: (result.elapsedMs / 1000).toFixed(2) })}
      </p>
    );
  }
  return null;
}
