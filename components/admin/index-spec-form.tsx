"use client";
// The index spec editor: key, version, title, the method, and the pillars with their indicators (each name
// with an optional English one beside it, for the site's English pages). A plain
// form posted to one server action: "add"/"remove" buttons come back with the reshaped form, "save" with
// the problems next to their fields (and everything typed kept) or goes to the list.
import Link from "@/components/ui/link";
import { useActionState } from "react";
import { saveIndexSpecFormAction, type SpecFormState } from "@/lib/actions/index-specs";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/zh-CN";
import { specLabel, storedLang } from "@/lib/index/stored-text";
import type { IndicatorDraft, PillarDraft } from "@/lib/validation/index-spec-form";
import { LocaleField } from "./locale-field";

export type SpecFormText = Messages["indexSpecs"];
export type IndicatorOption = { key: string; label: string };
export type MethodChoices = { normalisation: readonly string[]; imputation: readonly string[]; outliers: readonly string[]; aggregation: readonly string[]; weighting: readonly string[] };

type Props = { locale: Locale; initial: SpecFormState; t: SpecFormText; indicators: IndicatorOption[]; methods: MethodChoices };

const idOf = (name: string) => `spec-${name.replace(/\./g, "-")}`;

/** A field's error, next to it, and the attributes that tie the input to it. */
function fieldErrorReader(state: SpecFormState, t: SpecFormText) {
  return (name: string) => {
    const problem = Object.hasOwn(state.fieldErrors, name) ? state.fieldErrors[name] : undefined;
    const message = problem ? t.problems[problem] : undefined;
    return {
      message,
      props: { id: idOf(name), name, "aria-invalid": message ? true : undefined, "aria-describedby": message ? `${idOf(name)}-error` : undefined },
      node: message ? <span className="field__error" id={`${idOf(name)}-error`}>{message}</span> : null,
    };
  };
}

export function IndexSpecForm({ locale, initial, t, indicators, methods }: Props) {
  const [state, action, pending] = useActionState<SpecFormState, FormData>(saveIndexSpecFormAction, initial);
  const field = fieldErrorReader(state, t);
  const { draft } = state;
  const f = t.fields;
  const problemCount = Object.keys(state.fieldErrors).length;

  const text = (name: "key" | "version" | "title" | "titleEn", label: string, hint?: string) => {
    const e = field(name);
    return (
      <div className="field">
        <label htmlFor={e.props.id}>{label}</label>
        <input {...e.props} defaultValue={draft[name]} autoComplete="off" lang={name === "titleEn" ? "en" : undefined} aria-describedby={[e.props["aria-describedby"], hint ? `${e.props.id}-hint` : undefined].filter(Boolean).join(" ") || undefined} />
        {hint && <span className="field__hint" id={`${e.props.id}-hint`}>{hint}</span>}
        {e.node}
      </div>
    );
  };

  const method = (name: keyof MethodChoices) => {
    const e = field(name);
    return (
      <div className="field">
        <label htmlFor={e.props.id}>{f[name]}</label>
        <select {...e.props} defaultValue={draft[name]}>
          {methods[name].map((choice) => <option key={choice} value={choice}>{t.choices[name][choice] ?? choice}</option>)}
        </select>
        {e.node}
      </div>
    );
  };

  return (
    // A fresh form for every answer, so selects show what came back, not what the page first drew.
    <form key={state.revision} action={action} className="form" noValidate aria-label={draft.editing ? fill(t.editorTitleEdit, { key: draft.editing }) : t.editorTitleNew}>
      {/* Enter in a text field presses the first submit button: saving, never removing a row. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true" disabled={pending}>{t.save}</button>
      <LocaleField locale={locale} />
      <input type="hidden" name="base" value={draft.base} />
      <input type="hidden" name="editing" value={draft.editing} />
      {state.refused && <p className="error-summary" role="alert">{t.formRefused[state.refused]}</p>}
      {problemCount > 0 && (
        <div className="error-summary" role="alert" data-testid="spec-form-errors">
          {fill(t.errorsTitle, { n: problemCount })}
          <ul>
            {Object.entries(state.fieldErrors).map(([name, problem]) => (
              <li key={name}><a href={`#${idOf(name)}`}>{fieldLabel(name, t)}</a>{locale === "en" ? ": " : "："}{t.problems[problem]}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form__row">
        {text("key", f.key, f.keyHint)}
        {text("version", f.version, f.versionHint)}
      </div>
      <div className="form__row">
        {text("title", f.title)}
        {text("titleEn", f.titleEn, f.englishHint)}
      </div>
      <fieldset className="panel form">
        <legend>{f.method}</legend>
        <div className="form__row">
          {method("normalisation")}
          {method("imputation")}
          {method("outliers")}
          {method("aggregation")}
          {method("weighting")}
          <div className="field">
            <label htmlFor={idOf("coverage")}>{f.coverage}</label>
            <input {...field("coverage").props} defaultValue={draft.coverage} inputMode="decimal" aria-describedby={[field("coverage").props["aria-describedby"], `${idOf("coverage")}-hint`].filter(Boolean).join(" ")} />
            <span className="field__hint" id={`${idOf("coverage")}-hint`}>{f.coverageHint}</span>
            {field("coverage").node}
          </div>
        </div>
      </fieldset>
      <h2 id={idOf("pillars")} tabIndex={-1}>{f.pillars}</h2>
      {field("pillars").node}
      {draft.pillars.map((pillar, p) => (
        <PillarFields key={p} locale={locale} pillar={pillar} p={p} field={field} t={t} indicators={indicators} />
      ))}
      <div className="button-row">
        <button type="submit" name="intent" value="add-pillar" className="button button--quiet" disabled={pending}>{t.addPillar}</button>
      </div>
      {draft.editing === "" && (
        <label className="note">
          <input type="checkbox" name="replace" defaultChecked={draft.replace} /> {f.replace}
        </label>
      )}
      <div className="button-row">
        <button type="submit" name="intent" value="save" className="button" disabled={pending}>{t.save}</button>
        <Link locale={locale} href="/admin/index-specs">{t.backToList}</Link>
      </div>
    </form>
  );
}

type FieldOf = ReturnType<typeof fieldErrorReader>;

/** A field's name as the editor sees it: "pillars.3.indicators.0.weight" → "支柱 4 · 指标 1 · 权重". */
function fieldLabel(name: string, t: SpecFormText): string {
  const f = t.fields;
  if (name === "") return t.wholeForm;
  const top: Record<string, string> = { key: f.key, version: f.version, title: f.title, titleEn: f.titleEn, coverage: f.coverage, pillars: f.pillars, normalisation: f.normalisation, imputation: f.imputation, outliers: f.outliers, aggregation: f.aggregation, weighting: f.weighting };
  if (Object.hasOwn(top, name)) return top[name]!;
  const [, p, , i, part] = name.split(".");
  const pillar = fill(f.pillar, { n: Number(p) + 1 });
  if (i === undefined) {
    const pillarParts: Record<string, string> = { key: f.pillarKey, label: f.pillarLabel, labelEn: f.pillarLabelEn, weight: f.pillarWeight, indicators: f.indicators };
    const last = name.split(".")[2] ?? "";
    return `${pillar} · ${Object.hasOwn(pillarParts, last) ? pillarParts[last] : last}`;
  }
  const indicatorParts: Record<string, string> = { key: f.indicator, label: f.indicatorLabel, labelEn: f.indicatorLabelEn, direction: f.direction, weight: f.weight };
  return `${pillar} · ${f.indicator} ${Number(i) + 1} · ${part !== undefined && Object.hasOwn(indicatorParts, part) ? indicatorParts[part] : (part ?? "")}`;
}

type PillarFieldsProps = { locale: Locale; pillar: PillarDraft; p: number; field: FieldOf; t: SpecFormText; indicators: IndicatorOption[] };

function PillarFields({ locale, pillar, p, field, t, indicators }: PillarFieldsProps) {
  const f = t.fields;
  const name = (suffix: string) => `pillars.${p}.${suffix}`;
  const input = (suffix: "key" | "label" | "labelEn" | "weight", label: string) => {
    const e = field(name(suffix));
    return (
      <div className="field">
        <label htmlFor={e.props.id}>{label}</label>
        <input {...e.props} defaultValue={pillar[suffix]} autoComplete="off" inputMode={suffix === "weight" ? "decimal" : undefined} lang={suffix === "labelEn" ? "en" : undefined} />
        {e.node}
      </div>
    );
  };
  const listError = field(name("indicators"));
  // The legend names the pillar as the page's language would show it (its English name on an English page).
  const legend = specLabel(locale, { label: pillar.label, labelEn: pillar.labelEn.trim() });
  return (
    <fieldset className="panel form" data-testid={`pillar-${p}`}>
      <legend>{fill(f.pillar, { n: p + 1 })}{legend && <> <span lang={storedLang(locale, legend)}>{legend}</span></>}</legend>
      <div className="form__row">
        {input("label", f.pillarLabel)}
        {input("labelEn", f.pillarLabelEn)}
        {input("key", f.pillarKey)}
        {input("weight", f.pillarWeight)}
      </div>
      <h3 className="note" id={`${idOf(name("indicators"))}-title`}>{f.indicators}</h3>
      {listError.message && <p className="field__error" id={listError.props.id} tabIndex={-1}>{listError.message}</p>}
      {pillar.indicators.map((indicator, i) => (
        <IndicatorFields key={i} indicator={indicator} p={p} i={i} field={field} t={t} indicators={indicators} />
      ))}
      <div className="button-row">
        <button type="submit" name="intent" value={`add-indicator.${p}`} className="button button--quiet button--small">{t.addIndicator}</button>
        <button type="submit" name="intent" value={`remove-pillar.${p}`} className="link-button">{fill(t.removePillar, { n: p + 1 })}</button>
      </div>
    </fieldset>
  );
}

function IndicatorFields({ indicator, p, i, field, t, indicators }: { indicator: IndicatorDraft; p: number; i: number; field: FieldOf; t: SpecFormText; indicators: IndicatorOption[] }) {
  const f = t.fields;
  const name = (suffix: keyof IndicatorDraft) => `pillars.${p}.indicators.${i}.${suffix}`;
  const key = field(name("key"));
  const label = field(name("label"));
  const labelEn = field(name("labelEn"));
  const direction = field(name("direction"));
  const weight = field(name("weight"));
  // An indicator the base spec has but the store does not stays choosable, marked as such.
  const known = indicator.key === "" || indicators.some((o) => o.key === indicator.key);
  return (
    <div className="form__row" role="group" aria-label={`${f.indicator} ${i + 1}`}>
      <div className="field">
        <label htmlFor={key.props.id}>{f.indicator}</label>
        <select {...key.props} defaultValue={indicator.key}>
          <option value="">—</option>
          {indicators.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          {!known && <option value={indicator.key}>{indicator.key}{t.notInStore}</option>}
        </select>
        {key.node}
      </div>
      <div className="field">
        <label htmlFor={label.props.id}>{f.indicatorLabel}</label>
        <input {...label.props} defaultValue={indicator.label} autoComplete="off" placeholder={f.indicatorLabelHint} />
        {label.node}
      </div>
      <div className="field">
        <label htmlFor={labelEn.props.id}>{f.indicatorLabelEn}</label>
        <input
          {...labelEn.props}
          defaultValue={indicator.labelEn}
          autoComplete="off"
          lang="en"
          aria-describedby={[labelEn.props["aria-describedby"], `${labelEn.props.id}-hint`].filter(Boolean).join(" ")}
        />
        <span className="field__hint" id={`${labelEn.props.id}-hint`}>{f.indicatorLabelEnHint}</span>
        {labelEn.node}
      </div>
      <div className="field">
        <label htmlFor={direction.props.id}>{f.direction}</label>
        <select {...direction.props} defaultValue={indicator.direction}>
          {(["1", "-1"] as const).map((d) => <option key={d} value={d}>{t.choices.direction[d]}</option>)}
        </select>
        {direction.node}
      </div>
      <div className="field">
        <label htmlFor={weight.props.id}>{f.weight}</label>
        <input {...weight.props} defaultValue={indicator.weight} inputMode="decimal" autoComplete="off" />
        {weight.node}
      </div>
      <div className="field" style={{ justifyContent: "flex-end", alignItems: "flex-start" }}>
        <button type="submit" name="intent" value={`remove-indicator.${p}.${i}`} className="link-button" aria-label={fill(t.removeIndicatorLabel, { n: p + 1, m: i + 1 })}>{t.removeIndicator}</button>
      </div>
    </div>
  );
}
