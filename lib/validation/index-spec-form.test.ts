// The spec editor's form and the spec JSON reader: what an editor types becomes the spec, every refused
// part is named by its field or path, and the starter framework survives the round trip.
import { describe, expect, it } from "vitest";
import { indexSpecSchema } from "@/lib/index/spec";
import { defaultIndexSpec } from "@/seed/data/index-specs";
import {
  applyIntent,
  draftFromSpec,
  readShare,
  readSpecForm,
  readSpecListNotice,
  shareText,
  specFromDraft,
  type SpecDraft,
} from "./index-spec-form";
import { indexSpecFileName, indexSpecFileText, maxIndexSpecBytes, readIndexSpecJson, specIssues } from "./index-spec-json";

const starter = indexSpecSchema.parse(defaultIndexSpec);
const indicatorNames = new Map([
  ...starter.pillars.flatMap((p) => p.indicators.map((i) => [i.key, `库名 ${i.label}`] as const)),
  ["gdp-per-capita", "人均地区生产总值"],
]);

/** The draft as the browser posts it: one field per input, named as the form names them. */
function posted(draft: SpecDraft, extra: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = {
    base: draft.base, editing: draft.editing, key: draft.key, version: draft.version, title: draft.title, titleEn: draft.titleEn,
    normalisation: draft.normalisation, imputation: draft.imputation, outliers: draft.outliers,
    aggregation: draft.aggregation, weighting: draft.weighting, coverage: draft.coverage,
    ...(draft.replace ? { replace: "on" } : {}),
  };
  draft.pillars.forEach((p, pi) => {
    fields[`pillars.${pi}.key`] = p.key;
    fields[`pillars.${pi}.label`] = p.label;
    fields[`pillars.${pi}.labelEn`] = p.labelEn;
    fields[`pillars.${pi}.weight`] = p.weight;
    p.indicators.forEach((i, ii) => {
      for (const f of ["key", "label", "labelEn", "direction", "weight"] as const) fields[`pillars.${pi}.indicators.${ii}.${f}`] = i[f];
    });
  });
  return { ...fields, ...extra };
}

const copy = () => ({ ...draftFromSpec(starter, "copy"), key: "my-index", title: "我的指数" });
const build = (draft: SpecDraft) => specFromDraft(draft, { base: starter, indicatorNames });
const errorsOf = (draft: SpecDraft) => {
  const outcome = build(draft);
  if (outcome.ok) throw new Error("expected problems");
  return outcome.fieldErrors;
};

describe("the form editor's draft", () => {
  it("shows a spec as typed text and reads it back to the same spec, citations carried over", () => {
    const draft = draftFromSpec(starter, "edit");
    expect(draft.coverage).toBe("60%");
    expect(draft.pillars[0]!.weight).toBe("1");
    const { intent, draft: read } = readSpecForm(posted(draft));
    expect(intent).toEqual({ kind: "save" });
    expect(read).toEqual(draft);
    const outcome = build(read);
    expect(outcome).toEqual({ ok: true, spec: starter });
  });

  it("starts a copy with a blank key and its own title, and keeps the base to carry citations", () => {
    const draft = draftFromSpec(starter, "copy", (t) => `${t}（副本）`);
    expect(draft).toMatchObject({ key: "", editing: "", base: "default", title: `${starter.title}（副本）` });
  });

  it("reads weights and coverage as analysts type them", () => {
    const draft = copy();
    draft.pillars[1]!.weight = "２.5";
    draft.pillars[0]!.indicators[0]!.weight = "0.5";
    draft.coverage = "75 %";
    const outcome = build(draft);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.spec.pillars[1]!.weight).toBe(2.5);
    expect(outcome.spec.pillars[0]!.indicators[0]!.weight).toBe(0.5);
    expect(outcome.spec.method.coverage.minIndicatorShare).toBe(0.75);
    expect(outcome.spec.pillars[0]!.cite).toEqual(starter.pillars[0]!.cite);
    expect(outcome.spec.cite).toEqual(starter.cite);
  });

  it.each([
    ["60%", 0.6],
    ["0.6", 0.6],
    ["100%", 1],
    ["1", 1],
    ["33.3%", 0.333],
    ["60", null],
    ["0", null],
    ["0%", null],
    ["120%", null],
    ["六成", null],
    ["", null],
  ])("coverage %s reads as %s", (typed, share) => {
    expect(readShare(typed)).toBe(share);
  });

  it("writes shares as percentages without binary noise", () => {
    expect(shareText(0.6)).toBe("60%");
    expect(shareText(0.07)).toBe("7%");
  });

  it("labels a row left blank with the store's name for its indicator", () => {
    const draft = copy();
    draft.pillars[0]!.indicators[0]!.label = " ";
    const outcome = build(draft);
    expect(outcome.ok && outcome.spec.pillars[0]!.indicators[0]!.label).toBe(`库名 ${starter.pillars[0]!.indicators[0]!.label}`);
  });

  it("keeps the English title and labels, leaves out blank ones, and names both blank rows by the store's names", () => {
    const draft = copy();
    expect(draft.titleEn).toBe(starter.titleEn);
    expect(draft.pillars[0]!.labelEn).toBe(starter.pillars[0]!.labelEn);
    draft.titleEn = " ";
    draft.pillars[1]!.labelEn = "";
    draft.pillars[0]!.indicators[1]!.labelEn = "";
    draft.pillars[0]!.indicators[0]!.label = "";
    draft.pillars[0]!.indicators[0]!.labelEn = "";
    const namesEn = new Map([[starter.pillars[0]!.indicators[0]!.key, "Store name"]]);
    const outcome = specFromDraft(draft, { base: starter, indicatorNames, indicatorNamesEn: namesEn });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.spec).not.toHaveProperty("titleEn");
    expect(outcome.spec.pillars[0]!.labelEn).toBe(starter.pillars[0]!.labelEn);
    expect(outcome.spec.pillars[1]).not.toHaveProperty("labelEn");
    expect(outcome.spec.pillars[0]!.indicators[0]!.labelEn).toBe("Store name");
    expect(outcome.spec.pillars[0]!.indicators[1]).not.toHaveProperty("labelEn");
  });

  it("starts a copy's English title from the base's, as the copy function names it", () => {
    expect(draftFromSpec(starter, "copy", (t) => t, (t) => `${t} (copy)`).titleEn).toBe(`${starter.titleEn} (copy)`);
  });

  // Each way a field can be wrong, with the field it is shown next to.
  it.each<[string, (d: SpecDraft) => void, Record<string, string>]>([
    ["a blank key", (d) => { d.key = ""; }, { key: "required" }],
    ["a key with capitals", (d) => { d.key = "My Index"; }, { key: "bad-key" }],
    ["a version that is not x.y.z", (d) => { d.version = "v1"; }, { version: "bad-version" }],
    ["a blank title", (d) => { d.title = "  "; }, { title: "required" }],
    ["a title past 120 characters", (d) => { d.title = "长".repeat(121); }, { title: "too-long" }],
    ["an English title past 120 characters", (d) => { d.titleEn = "x".repeat(121); }, { titleEn: "too-long" }],
    ["an English pillar name past 80 characters", (d) => { d.pillars[1]!.labelEn = "x".repeat(81); }, { "pillars.1.labelEn": "too-long" }],
    ["an English indicator name past 80 characters", (d) => { d.pillars[0]!.indicators[1]!.labelEn = "x".repeat(81); }, { "pillars.0.indicators.1.labelEn": "too-long" }],
    ["a weight that is not a number", (d) => { d.pillars[2]!.weight = "heavy"; }, { "pillars.2.weight": "not-a-number" }],
    ["a blank weight", (d) => { d.pillars[2]!.weight = ""; }, { "pillars.2.weight": "required" }],
    ["a negative weight", (d) => { d.pillars[0]!.indicators[0]!.weight = "-0.5"; }, { "pillars.0.indicators.0.weight": "negative" }],
    ["coverage without a percent sign", (d) => { d.coverage = "60"; }, { coverage: "bad-share" }],
    ["an unknown method", (d) => { d.normalisation = "cubic"; }, { normalisation: "bad-choice" }],
    ["a direction other than ±1", (d) => { d.pillars[0]!.indicators[0]!.direction = "2"; }, { "pillars.0.indicators.0.direction": "bad-choice" }],
    ["an indicator the store does not have", (d) => { d.pillars[0]!.indicators[0]!.key = "made-up"; }, { "pillars.0.indicators.0.key": "unknown-indicator" }],
    ["a pillar key used twice", (d) => { d.pillars[1]!.key = d.pillars[0]!.key; }, { "pillars.1.key": "duplicate-key" }],
    ["an indicator used twice", (d) => { d.pillars[1]!.indicators[0]!.key = d.pillars[0]!.indicators[0]!.key; }, { "pillars.1.indicators.0.key": "duplicate-key" }],
    ["a pillar without indicators", (d) => { d.pillars[2]!.indicators = []; }, { "pillars.2.indicators": "no-indicators" }],
    ["all indicator weights of a pillar zero", (d) => { d.pillars[0]!.indicators.forEach((i) => { i.weight = "0"; }); }, { "pillars.0.indicators": "zero-weights" }],
    ["all pillar weights zero", (d) => { d.pillars.forEach((p) => { p.weight = "0"; }); }, { pillars: "zero-weights" }],
    ["geometric means of z-scores", (d) => { d.normalisation = "zscore"; d.aggregation = "geometric"; }, { aggregation: "geometric-zscore" }],
    ["no pillars", (d) => { d.pillars = []; }, { pillars: "required" }],
    ["a blank pillar label", (d) => { d.pillars[3]!.label = ""; }, { "pillars.3.label": "required" }],
  ])("refuses %s next to its field", (_, change, expected) => {
    const draft = copy();
    change(draft);
    expect(errorsOf(draft)).toEqual(expected);
  });

  it("reports every problem at once, a number it could not read before the schema's complaint", () => {
    const draft = copy();
    draft.key = "";
    draft.pillars[0]!.weight = "x";
    draft.coverage = "2";
    expect(errorsOf(draft)).toEqual({ key: "required", "pillars.0.weight": "not-a-number", coverage: "bad-share" });
  });
});

describe("reading the posted form", () => {
  it("renumbers rows in order, closing gaps, and ignores fields it does not know", () => {
    const { draft } = readSpecForm({
      key: "k", "pillars.5.key": "b", "pillars.2.key": "a", "pillars.2.indicators.7.key": "y", "pillars.2.indicators.3.key": "x",
      "pillars.2.hack": "1", __proto__: "x", "pillars.99.key": "too-far", "pillars.1.indicators.20.key": "too-far",
    });
    expect(draft.pillars.map((p) => p.key)).toEqual(["a", "b"]);
    expect(draft.pillars[0]!.indicators.map((i) => i.key)).toEqual(["x", "y"]);
    expect(draft.pillars[1]!.indicators).toEqual([]);
  });

  it("reads a file or a missing field as blank and only a ticked box as replace", () => {
    const { draft } = readSpecForm({ key: new File(["x"], "x.txt"), replace: "yes" });
    expect(draft.key).toBe("");
    expect(draft.title).toBe("");
    expect(draft.replace).toBe(false);
    expect(readSpecForm({ replace: "on" }).draft.replace).toBe(true);
  });

  it.each([
    ["save", { kind: "save" }],
    ["add-pillar", { kind: "add-pillar" }],
    ["remove-pillar.3", { kind: "remove-pillar", pillar: 3 }],
    ["add-indicator.0", { kind: "add-indicator", pillar: 0 }],
    ["remove-indicator.1.2", { kind: "remove-indicator", pillar: 1, indicator: 2 }],
    ["drop-table", null],
    ["remove-pillar.x", null],
    ["remove-pillar.123", null],
  ])("reads the intent %s", (intent, expected) => {
    expect(readSpecForm({ intent }).intent).toEqual(expected);
  });

  it("adds and removes pillars and indicators", () => {
    const draft = copy();
    const added = applyIntent(draft, { kind: "add-pillar" });
    expect(added.pillars).toHaveLength(6);
    expect(added.pillars[5]).toEqual({ key: "", label: "", labelEn: "", weight: "1", indicators: [{ key: "", label: "", labelEn: "", direction: "1", weight: "1" }] });
    expect(draft.pillars).toHaveLength(5);
    const withIndicator = applyIntent(draft, { kind: "add-indicator", pillar: 1 });
    expect(withIndicator.pillars[1]!.indicators).toHaveLength(2);
    expect(draft.pillars[1]!.indicators).toHaveLength(1);
    expect(applyIntent(draft, { kind: "remove-indicator", pillar: 0, indicator: 0 }).pillars[0]!.indicators.map((i) => i.key)).toEqual(["rnd-intensity"]);
    expect(applyIntent(draft, { kind: "remove-pillar", pillar: 0 }).pillars.map((p) => p.key)).toEqual(starter.pillars.slice(1).map((p) => p.key));
    // Out of range: nothing changes, nothing throws.
    expect(applyIntent(draft, { kind: "add-indicator", pillar: 40 })).toEqual(draft);
    expect(applyIntent(draft, { kind: "remove-indicator", pillar: 40, indicator: 0 })).toEqual(draft);
  });
});

describe("spec JSON", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("re-reads the exported file unchanged, with or without a byte-order mark", () => {
    const file = indexSpecFileText(starter);
    expect(readIndexSpecJson(bytes(file))).toEqual({ ok: true, spec: starter });
    expect(readIndexSpecJson(bytes(`\uFEFF${file}`))).toEqual({ ok: true, spec: starter });
    expect(indexSpecFileName(starter)).toBe("kechan-index-spec-default-1.0.0.json");
  });

  it.each([
    ["not JSON", bytes("{ key: 1"), "not-json"],
    ["not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "not-json"],
    ["empty", bytes(""), "not-json"],
    ["over 256 KB", bytes(`"${"x".repeat(maxIndexSpecBytes)}"`), "too-large"],
    ["an array", bytes("[]"), "invalid"],
  ])("refuses a body that is %s", (_, body, problem) => {
    const read = readIndexSpecJson(body);
    expect(read.ok ? null : read.problem).toBe(problem);
  });

  it("names each problem of a spec by its path", () => {
    const broken = structuredClone(defaultIndexSpec) as unknown as Record<string, unknown> & { pillars: Record<string, unknown>[] };
    broken.version = "1";
    broken.pillars[0]!.weight = "1";
    delete broken.pillars[1]!.label;
    const read = readIndexSpecJson(bytes(JSON.stringify(broken)));
    if (read.ok || read.problem !== "invalid") throw new Error("expected a refused spec");
    expect(specIssues(read.error).map(({ path, problem }) => ({ path, problem }))).toEqual([
      { path: "version", problem: "bad-version" },
      { path: "pillars.0.weight", problem: "not-a-number" },
      { path: "pillars.1.label", problem: "required" },
    ]);
  });
});

describe("the list's notice", () => {
  it("reads the first notice with a well-formed key and nothing else", () => {
    expect(readSpecListNotice({ created: "my-index" })).toEqual({ kind: "created", key: "my-index" });
    expect(readSpecListNotice({ deleted: ["a", "b"], missing: "gone" })).toEqual({ kind: "missing", key: "gone" });
    expect(readSpecListNotice({ created: "<script>" })).toBeNull();
    expect(readSpecListNotice({ toString: "x" })).toBeNull();
    expect(readSpecListNotice({})).toBeNull();
  });
});
