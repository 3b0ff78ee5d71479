// The spec editor's actions against a throwaway seeded store: the form saves a variant, refuses each bad
// field and a taken key, reshapes itself without writing; import and delete do what the list then says.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { getIndexSpec } from "@/lib/queries/index-specs";
import { draftFromSpec, type SpecDraft } from "@/lib/validation/index-spec-form";
import { indexSpecFileText, maxIndexSpecBytes } from "@/lib/validation/index-spec-json";
import { defaultIndexSpec } from "@/seed/data/index-specs";
import { indexSpecSchema } from "@/lib/index/spec";
import { deleteIndexSpecAction, importIndexSpecAction, saveIndexSpecFormAction, type SpecFormState, type SpecImportState } from "./index-specs";
import { whereTo } from "@/lib/testing/redirects";

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase, testDatabaseUrl } = await import("@/seed/test-database");
  process.env.DATABASE_URL = testDatabaseUrl(".test-dbs/index-spec-actions.db");
  return { db: await createTestDatabase(".test-dbs/index-spec-actions.db", { seed: true }) };
});

const session = vi.hoisted(() => ({ state: "signed-in" as "signed-in" | "signed-out" | "disabled" }));
vi.mock("@/lib/auth/editor", async () => {
  const { AppError: Refusal } = await import("@/lib/errors");
  return {
    requireEditor: async () => {
      if (session.state === "disabled") throw new Refusal(503, "Writes are disabled");
      if (session.state === "signed-out") throw new Refusal(401, "Editor login required");
    },
  };
});

// redirect() throws, as Next's does, so the test sees where the action sent the editor.
vi.mock("next/navigation", () => import("@/lib/testing/redirects"));

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(async () => {
  session.state = "signed-in";
  await db.indexSpec.deleteMany();
});

const starter = indexSpecSchema.parse(defaultIndexSpec);

function formOf(draft: SpecDraft, intent = "save"): FormData {
  const form = new FormData();
  const set = (name: string, value: string) => form.set(name, value);
  for (const name of ["base", "editing", "key", "version", "title", "titleEn", "normalisation", "imputation", "outliers", "aggregation", "weighting", "coverage"] as const) set(name, draft[name]);
  if (draft.replace) set("replace", "on");
  draft.pillars.forEach((p, pi) => {
    set(`pillars.${pi}.key`, p.key);
    set(`pillars.${pi}.label`, p.label);
    set(`pillars.${pi}.labelEn`, p.labelEn);
    set(`pillars.${pi}.weight`, p.weight);
    p.indicators.forEach((i, ii) => {
      for (const f of ["key", "label", "labelEn", "direction", "weight"] as const) set(`pillars.${pi}.indicators.${ii}.${f}`, i[f]);
    });
  });
  set("intent", intent);
  return form;
}

const variant = (): SpecDraft => {
  const draft = { ...draftFromSpec(starter, "copy"), key: "talent-heavy", title: "人才加权" };
  draft.pillars[3]!.weight = "3";
  return draft;
};

const initial = (draft: SpecDraft): SpecFormState => ({ draft, fieldErrors: {}, refused: null, revision: 4 });


const save = (draft: SpecDraft, intent = "save") => saveIndexSpecFormAction(initial(draft), formOf(draft, intent));

describe("saving from the form editor", () => {
  it("saves a variant of the starter framework with its citations and returns to the list", async () => {
    expect(await whereTo(() => save(variant()))).toBe("/admin/index-specs?created=talent-heavy");
    const stored = await getIndexSpec("talent-heavy");
    expect(stored?.builtin).toBe(false);
    expect(stored?.spec.pillars[3]!.weight).toBe(3);
    expect(stored?.spec.pillars[3]!.cite).toEqual(starter.pillars[3]!.cite);
    expect(stored?.spec.pillars[0]!.indicators[0]!.rationale).toBe(starter.pillars[0]!.indicators[0]!.rationale);
  });

  it("saves the English title and labels as typed, and names rows left blank by the store's names", async () => {
    const draft = { ...variant(), titleEn: "Talent-weighted" };
    draft.pillars[3]!.labelEn = "People";
    draft.pillars[0]!.indicators[0]!.label = "";
    draft.pillars[0]!.indicators[0]!.labelEn = "";
    await whereTo(() => save(draft));
    const spec = (await getIndexSpec("talent-heavy"))!.spec;
    expect(spec.titleEn).toBe("Talent-weighted");
    expect(spec.pillars[3]!.labelEn).toBe("People");
    expect(spec.pillars[0]!.labelEn).toBe(starter.pillars[0]!.labelEn);
    // The store's English name of the indicator (seed/statistics), not one typed here.
    expect(spec.pillars[0]!.indicators[0]!.labelEn).toMatch(/^Invention patents/);
  });

  it("keeps what was typed and names each bad field", async () => {
    const draft = variant();
    draft.pillars[1]!.weight = "很多";
    draft.coverage = "60";
    draft.pillars[2]!.labelEn = "x".repeat(81);
    const state = await save(draft);
    expect(state.fieldErrors).toEqual({ "pillars.1.weight": "not-a-number", coverage: "bad-share", "pillars.2.labelEn": "too-long" });
    expect(state.draft).toEqual(draft);
    expect(await getIndexSpec("talent-heavy")).toBeNull();
  });

  it("refuses the built-in key at the key field", async () => {
    const state = await save({ ...variant(), key: "default" });
    expect(state.fieldErrors).toEqual({ key: "builtin-key" });
  });

  it("refuses a saved key unless replace is ticked, and replaces it in place when editing it", async () => {
    await whereTo(() => save(variant()));
    const again = { ...variant(), title: "人才加权二" };
    expect((await save(again)).fieldErrors).toEqual({ key: "key-exists" });
    expect(await whereTo(() => save({ ...again, replace: true }))).toBe("/admin/index-specs?replaced=talent-heavy");
    const edited = { ...draftFromSpec((await getIndexSpec("talent-heavy"))!.spec, "edit"), title: "人才加权三" };
    expect(await whereTo(() => save(edited))).toBe("/admin/index-specs?replaced=talent-heavy");
    expect((await getIndexSpec("talent-heavy"))?.spec.title).toBe("人才加权三");
  });

  it("adds and removes rows without writing anything", async () => {
    const state = await save(variant(), "add-indicator.1");
    expect(state.draft.pillars[1]!.indicators).toHaveLength(2);
    expect(state.fieldErrors).toEqual({});
    expect(state.revision).toBe(5);
    const fewer = await save(state.draft, "remove-pillar.4");
    expect(fewer.draft.pillars.map((p) => p.key)).toEqual(starter.pillars.slice(0, 4).map((p) => p.key));
    expect(await db.indexSpec.count()).toBe(0);
  });

  it("refuses a form without a session, with writes disabled, or with an unknown button", async () => {
    session.state = "signed-out";
    expect((await save(variant())).refused).toBe("unauthorised");
    session.state = "disabled";
    expect((await save(variant())).refused).toBe("disabled");
    session.state = "signed-in";
    expect((await save(variant(), "drop-table")).refused).toBe("bad-form");
    expect(await db.indexSpec.count()).toBe(0);
  });

  it("returns to the list in the language of the page the form was on", async () => {
    const form = formOf(variant());
    form.set("locale", "en");
    expect(await whereTo(() => saveIndexSpecFormAction(initial(variant()), form))).toBe("/en/admin/index-specs?created=talent-heavy");
  });

  it("reads a form posted alone, and refuses junk instead of throwing", async () => {
    const call = saveIndexSpecFormAction as unknown as (...args: unknown[]) => Promise<unknown>;
    expect(await whereTo(() => call(formOf(variant())))).toBe("/admin/index-specs?created=talent-heavy");
    for (const args of [[], [null, null], [1, "x"]]) expect(await call(...args)).toMatchObject({ refused: "bad-form" });
  });
});

const fileForm = (text: string, { replace = false, name = "spec.json" } = {}) => {
  const form = new FormData();
  form.set("file", new File([text], name, { type: "application/json" }));
  if (replace) form.set("replace", "on");
  return form;
};
const idle: SpecImportState = { stage: "idle" };
const mine = () => ({ ...starter, key: "imported", title: "导入的框架" });

describe("importing a .json spec", () => {
  it("saves the file the export wrote, then refuses it again unless replace is ticked", async () => {
    const text = indexSpecFileText(mine());
    expect(await whereTo(() => importIndexSpecAction(idle, fileForm(text)))).toBe("/admin/index-specs?created=imported");
    expect((await getIndexSpec("imported"))?.spec).toEqual(mine());
    expect(await importIndexSpecAction(idle, fileForm(text))).toEqual({ stage: "refused", reason: "key-exists", key: "imported" });
    expect(await whereTo(() => importIndexSpecAction(idle, fileForm(text, { replace: true })))).toBe("/admin/index-specs?replaced=imported");
  });

  it("returns to the English list from the English page", async () => {
    const form = fileForm(indexSpecFileText(mine()));
    form.set("locale", "en");
    expect(await whereTo(() => importIndexSpecAction(idle, form))).toBe("/en/admin/index-specs?created=imported");
  });

  it.each<[string, FormData, SpecImportState]>([
    ["no file", new FormData(), { stage: "refused", reason: "no-file" }],
    ["an empty file", fileForm(""), { stage: "refused", reason: "no-file" }],
    ["a file over 256 KB", fileForm("x".repeat(maxIndexSpecBytes + 1)), { stage: "refused", reason: "too-large" }],
    ["a file that is not JSON", fileForm("key: default"), { stage: "refused", reason: "not-json" }],
    ["the built-in spec itself", fileForm(indexSpecFileText(starter)), { stage: "refused", reason: "builtin-key", key: "default" }],
  ])("refuses %s", async (_, form, expected) => {
    expect(await importIndexSpecAction(idle, form)).toEqual(expected);
    expect(await db.indexSpec.count()).toBe(0);
  });

  it("lists every problem of a broken spec by its path", async () => {
    const broken = { ...mine(), version: "one", pillars: [{ ...starter.pillars[0]!, weight: -0.5 }, { ...starter.pillars[1]!, indicators: [] }] };
    const state = await importIndexSpecAction(idle, fileForm(JSON.stringify(broken), { name: "broken.json" }));
    expect(state.stage).toBe("issues");
    if (state.stage !== "issues") return;
    expect(state.fileName).toBe("broken.json");
    expect(state.issues.map(({ path, problem }) => ({ path, problem }))).toEqual([
      { path: "version", problem: "bad-version" },
      { path: "pillars.0.weight", problem: "negative" },
      { path: "pillars.1.indicators", problem: "no-indicators" },
      { path: "pillars.1.indicators", problem: "zero-weights" },
    ]);
  });

  it("refuses without a session before reading the file", async () => {
    session.state = "signed-out";
    expect(await importIndexSpecAction(idle, fileForm(indexSpecFileText(mine())))).toEqual({ stage: "refused", reason: "unauthorised" });
  });
});

describe("deleting a saved spec", () => {
  const keyForm = (key: string) => {
    const form = new FormData();
    form.set("key", key);
    return form;
  };

  it("deletes it and says so; an unknown key and the built-in one are reported, not thrown", async () => {
    await whereTo(() => importIndexSpecAction(idle, fileForm(indexSpecFileText(mine()))));
    expect(await whereTo(() => deleteIndexSpecAction(keyForm("imported")))).toBe("/admin/index-specs?deleted=imported");
    expect(await getIndexSpec("imported")).toBeNull();
    expect(await whereTo(() => deleteIndexSpecAction(keyForm("imported")))).toBe("/admin/index-specs?missing=imported");
    expect(await whereTo(() => deleteIndexSpecAction(keyForm("default")))).toBe("/admin/index-specs?builtin=default");
    expect(await whereTo(() => deleteIndexSpecAction(keyForm("../../etc")))).toBe("/admin/index-specs");
    expect((await getIndexSpec("default"))?.builtin).toBe(true);
  });

  it("sends a visitor without a session to the login", async () => {
    await whereTo(() => importIndexSpecAction(idle, fileForm(indexSpecFileText(mine()))));
    session.state = "signed-out";
    expect(await whereTo(() => deleteIndexSpecAction(keyForm("imported")))).toBe("/admin/login?next=%2Fadmin%2Findex-specs");
    expect(await getIndexSpec("imported")).not.toBeNull();
    const english = keyForm("imported");
    english.set("locale", "en");
    expect(await whereTo(() => deleteIndexSpecAction(english))).toBe("/en/admin/login?next=%2Fadmin%2Findex-specs");
    session.state = "signed-in";
    expect(await whereTo(() => deleteIndexSpecAction(english))).toBe("/en/admin/index-specs?deleted=imported");
  });
});
