// The index spec editor's form: a spec as the fields an editor types (weights "1.5", coverage "60%"),
// back into a spec checked by indexSpecSchema, with each problem keyed by the field it belongs to.
// Citations, rationales and the outlier rule are not on the form: they come along from the spec the
// editor started from wherever a pillar or an indicator keeps its key.
import { z } from "zod";
import { parseAnalystNumber } from "@/lib/domain/numbers";
import { indexSpecSchema, type IndexSpec } from "@/lib/index/spec";
import { maxIndexSpecBytes, specKeySchema, specProblem, type SpecProblem } from "./index-spec-json";

/** `labelEn` (and the spec's `titleEn`): the optional English text; "" for none. */
export type IndicatorDraft = { key: string; label: string; labelEn: string; direction: string; weight: string };
export type PillarDraft = { key: string; label: string; labelEn: string; weight: string; indicators: IndicatorDraft[] };

/** The form as typed: every value text, so what the editor typed comes back unchanged with the errors. */
export type SpecDraft = {
  /** The spec the editor started from (its citations are carried over); "" for none. */
  base: string;
  /** The saved spec being edited (saving under its own key replaces it); "" for a new spec. */
  editing: string;
  key: string;
  version: string;
  title: string;
  titleEn: string;
  normalisation: string;
  imputation: string;
  outliers: string;
  aggregation: string;
  weighting: string;
  coverage: string;
  replace: boolean;
  pillars: PillarDraft[];
};

/** Form field names: "key", "coverage", "pillars.0.weight", "pillars.0.indicators.1.key". */
export type FieldErrors = Record<string, SpecProblem>;

export const maxPillars = 12;
export const maxIndicatorsPerPillar = 20;

const newIndicator = (): IndicatorDraft => ({ key: "", label: "", labelEn: "", direction: "1", weight: "1" });
const newPillar = (): PillarDraft => ({ key: "", label: "", labelEn: "", weight: "1", indicators: [newIndicator()] });

/** A share as the form shows it: 0.6 → "60%". */
export function shareText(share: number): string {
  return `${Number((share * 100).toPrecision(12))}%`;
}

/** `copyTitle` names a copy; `copyTitleEn` its English title (by default unchanged). */
export function draftFromSpec(
  spec: IndexSpec,
  mode: "copy" | "edit",
  copyTitle: (title: string) => string = (t) => t,
  copyTitleEn: (title: string) => string = (t) => t,
): SpecDraft {
  return {
    base: spec.key,
    editing: mode === "edit" ? spec.key : "",
    key: mode === "edit" ? spec.key : "",
    version: spec.version,
    title: mode === "edit" ? spec.title : copyTitle(spec.title),
    titleEn: spec.titleEn === undefined ? "" : mode === "edit" ? spec.titleEn : copyTitleEn(spec.titleEn),
    normalisation: spec.method.normalisation,
    imputation: spec.method.imputation,
    outliers: spec.method.outliers,
    aggregation: spec.method.aggregation,
    weighting: spec.method.weighting,
    coverage: shareText(spec.method.coverage.minIndicatorShare),
    replace: false,
    pillars: spec.pillars.map((p) => ({
      key: p.key,
      label: p.label,
      labelEn: p.labelEn ?? "",
      weight: String(p.weight),
      indicators: p.indicators.map((i) => ({ key: i.key, label: i.label, labelEn: i.labelEn ?? "", direction: String(i.direction), weight: String(i.weight) })),
    })),
  };
}

/** What the button pressed asks for: save, or change the form's shape and show it again. */
export type SpecFormIntent =
  | { kind: "save" }
  | { kind: "add-pillar" }
  | { kind: "remove-pillar"; pillar: number }
  | { kind: "add-indicator"; pillar: number }
  | { kind: "remove-indicator"; pillar: number; indicator: number };

const intentSchema = z
  .string()
  .regex(/^(save|add-pillar|remove-pillar\.\d{1,2}|add-indicator\.\d{1,2}|remove-indicator\.\d{1,2}\.\d{1,2})$/)
  .transform((text): SpecFormIntent => {
    const [kind, a, b] = text.split(".");
    if (kind === "remove-pillar") return { kind, pillar: Number(a) };
    if (kind === "add-indicator") return { kind, pillar: Number(a) };
    if (kind === "remove-indicator") return { kind, pillar: Number(a), indicator: Number(b) };
    return { kind: kind as "save" | "add-pillar" };
  });

/** A text field as posted: anything that is not text (a file, nothing) reads as blank; overlong text is cut. */
const text = z.unknown().transform((value) => (typeof value === "string" ? value.slice(0, 400) : ""));

const topFields = ["base", "editing", "key", "version", "title", "titleEn", "normalisation", "imputation", "outliers", "aggregation", "weighting", "coverage"] as const;
const pillarField = /^pillars\.(\d{1,2})\.(key|label|labelEn|weight)$/;
const indicatorField = /^pillars\.(\d{1,2})\.indicators\.(\d{1,2})\.(key|label|labelEn|direction|weight)$/;

/**
 * The posted form (formRecord) as a draft and the intent of the button pressed (null when it names none
 * the form has). Pillars and indicators are read in the order of their numbers and numbered afresh, so
 * a gap left by a removed row closes; numbers past the form's limits are ignored.
 */
export function readSpecForm(record: Record<string, unknown>): { intent: SpecFormIntent | null; draft: SpecDraft } {
  const own = (name: string) => (Object.hasOwn(record, name) ? text.parse(record[name]) : "");
  const pillars = new Map<number, PillarDraft & { byNumber: Map<number, IndicatorDraft> }>();
  const pillarAt = (n: number) => {
    const held = pillars.get(n) ?? { key: "", label: "", labelEn: "", weight: "", indicators: [], byNumber: new Map<number, IndicatorDraft>() };
    pillars.set(n, held);
    return held;
  };
  for (const name of Object.keys(record)) {
    const p = pillarField.exec(name);
    if (p) {
      const n = Number(p[1]);
      if (n < maxPillars) pillarAt(n)[p[2] as "key" | "label" | "labelEn" | "weight"] = own(name);
      continue;
    }
    const i = indicatorField.exec(name);
    if (i) {
      const n = Number(i[1]);
      const m = Number(i[2]);
      if (n >= maxPillars || m >= maxIndicatorsPerPillar) continue;
      const pillar = pillarAt(n);
      const indicator = pillar.byNumber.get(m) ?? { key: "", label: "", labelEn: "", direction: "", weight: "" };
      indicator[i[3] as keyof IndicatorDraft] = own(name);
      pillar.byNumber.set(m, indicator);
    }
  }
  const ordered = <T>(map: Map<number, T>) => [...map.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
  const top = Object.fromEntries(topFields.map((f) => [f, own(f)])) as Record<(typeof topFields)[number], string>;
  const intent = intentSchema.safeParse(Object.hasOwn(record, "intent") ? record.intent : "save");
  return {
    intent: intent.success ? intent.data : null,
    draft: {
      ...top,
      replace: Object.hasOwn(record, "replace") && record.replace === "on",
      pillars: ordered(pillars).map(({ byNumber, ...pillar }) => ({ ...pillar, indicators: ordered(byNumber) })),
    },
  };
}

/** The draft with a pillar or an indicator added or removed (within the form's limits). */
export function applyIntent(draft: SpecDraft, intent: Exclude<SpecFormIntent, { kind: "save" }>): SpecDraft {
  const pillars = draft.pillars.map((p) => ({ ...p, indicators: [...p.indicators] }));
  switch (intent.kind) {
    case "add-pillar":
      if (pillars.length < maxPillars) pillars.push(newPillar());
      break;
    case "remove-pillar":
      pillars.splice(intent.pillar, 1);
      break;
    case "add-indicator": {
      const pillar = pillars[intent.pillar];
      if (pillar && pillar.indicators.length < maxIndicatorsPerPillar) pillar.indicators.push(newIndicator());
      break;
    }
    case "remove-indicator":
      pillars[intent.pillar]?.indicators.splice(intent.indicator, 1);
      break;
  }
  return { ...draft, pillars };
}

/** Coverage as typed: "60%", "60 %", "0.6" (a bare number is a share, so "60" is refused rather than guessed). */
export function readShare(typed: string): number | null {
  const percent = /[%％]\s*$/.test(typed);
  const parsed = parseAnalystNumber(typed.replace(/[%％]\s*$/, ""));
  if (!parsed.ok) return null;
  const share = percent ? Number((parsed.value / 100).toPrecision(12)) : parsed.value;
  return share > 0 && share <= 1 ? share : null;
}

/** The store's province indicators by key (their names label a row left blank). */
export type IndicatorNames = ReadonlyMap<string, string>;

/** Optional English text as typed: blank is none (the spec then has no such field). */
const english = <K extends string>(name: K, typed: string): { [P in K]?: string } =>
  (typed.trim() === "" ? {} : { [name]: typed }) as { [P in K]?: string };

export type SpecFromDraft = { ok: true; spec: IndexSpec } | { ok: false; fieldErrors: FieldErrors };

/** Which form field a spec path belongs to: method fields by their own name, everything else by its path. */
export function fieldOf(path: PropertyKey[]): string {
  const names = path.map((p) => String(p));
  if (names[0] === "method") return names[1] === "coverage" ? "coverage" : (names[1] ?? "method");
  return names.join(".");
}

/**
 * The spec a draft describes, or the problems keyed by field. Numbers are read as analysts type them;
 * an indicator must be one the store has province figures for, or one the base spec already had.
 */
export function specFromDraft(
  draft: SpecDraft,
  { base, indicatorNames, indicatorNamesEn }: { base: IndexSpec | null; indicatorNames: IndicatorNames; indicatorNamesEn?: IndicatorNames },
): SpecFromDraft {
  const fieldErrors: FieldErrors = {};
  const number = (field: string, typed: string): number => {
    const parsed = parseAnalystNumber(typed);
    if (parsed.ok) return parsed.value;
    fieldErrors[field] = typed.trim() === "" ? "required" : "not-a-number";
    return 1; // a stand-in, so the schema still reports the draft's other problems
  };
  const basePillars = new Map(base?.pillars.map((p) => [p.key, p]) ?? []);
  const baseIndicators = new Map(base?.pillars.flatMap((p) => p.indicators.map((i) => [i.key, i] as const)) ?? []);
  const along = <T extends { cite?: unknown; rationale?: string }>(from: T | undefined) =>
    from ? { ...(from.cite ? { cite: from.cite } : {}), ...(from.rationale ? { rationale: from.rationale } : {}) } : {};

  const share = readShare(draft.coverage);
  if (share === null) fieldErrors.coverage = draft.coverage.trim() === "" ? "required" : "bad-share";

  const candidate = {
    key: draft.key.trim(),
    version: draft.version.trim(),
    title: draft.title,
    ...english("titleEn", draft.titleEn),
    ...(base ? along(base) : {}),
    pillars: draft.pillars.map((pillar, p) => ({
      key: pillar.key.trim(),
      label: pillar.label,
      ...english("labelEn", pillar.labelEn),
      weight: number(`pillars.${p}.weight`, pillar.weight),
      ...along(basePillars.get(pillar.key.trim())),
      indicators: pillar.indicators.map((indicator, i) => {
        const at = `pillars.${p}.indicators.${i}`;
        const key = indicator.key.trim();
        const known = indicatorNames.get(key) ?? baseIndicators.get(key)?.label;
        if (key !== "" && known === undefined) fieldErrors[`${at}.key`] = "unknown-indicator";
        const direction = indicator.direction === "1" ? 1 : indicator.direction === "-1" ? -1 : null;
        if (direction === null) fieldErrors[`${at}.direction`] = "bad-choice";
        // Both names left blank: the store's names, in Chinese and (where it has one) in English.
        const storeEn = indicator.label.trim() === "" && indicator.labelEn.trim() === "" ? (indicatorNamesEn?.get(key) ?? "") : "";
        return {
          key,
          label: indicator.label.trim() === "" ? (known ?? "") : indicator.label,
          ...english("labelEn", storeEn || indicator.labelEn),
          direction: direction ?? 1,
          weight: number(`${at}.weight`, indicator.weight),
          ...along(baseIndicators.get(key)),
        };
      }),
    })),
    method: {
      normalisation: draft.normalisation,
      imputation: draft.imputation,
      outliers: draft.outliers,
      aggregation: draft.aggregation,
      weighting: draft.weighting,
      coverage: { minIndicatorShare: share ?? 1 },
      ...(base ? { outlierRule: base.method.outlierRule } : {}),
    },
  };
  const parsed = indexSpecSchema.safeParse(candidate);
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, spec: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = fieldOf(issue.path);
    // The first problem of a field is the one shown; a number the form could not read stays the reason.
    if (!Object.hasOwn(fieldErrors, field)) fieldErrors[field] = specProblem(issue);
  }
  return { ok: false, fieldErrors };
}

/** The import form: a .json file within the size limit, and whether it may replace a saved spec. */
export const specUploadSchema = z.object({
  file: z
    .instanceof(File, { message: "no-file" })
    .refine((f) => f.size > 0, "no-file")
    .refine((f) => f.size <= maxIndexSpecBytes, "too-large"),
  replace: z.preprocess((value) => value === "on", z.boolean()),
});

export const specListNotices = ["created", "replaced", "deleted", "missing", "builtin"] as const;
export type SpecListNotice = { kind: (typeof specListNotices)[number]; key: string };

/** What the list says after a save, an import or a delete (?created=key): the first notice with a well-formed key. */
export function readSpecListNotice(record: Record<string, unknown>): SpecListNotice | null {
  for (const kind of specListNotices) {
    const key = Object.hasOwn(record, kind) ? specKeySchema.safeParse(record[kind]) : null;
    if (key?.success) return { kind, key: key.data };
  }
  return null;
}
