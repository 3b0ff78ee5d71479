"use server";
// The index spec editor's writes: save the form editor's spec, import a .json spec file, delete a saved
// spec. Each checks the editor session itself (Next checks that actions come from our own origin); a
// spec is saved only when indexSpecSchema accepts it, and a built-in key or, without "replace", a
// saved one is refused at the key. Success goes back to the list, which says what was done, in the language
// of the page the form was on (its hidden locale field, lib/actions/locale.ts).
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/editor";
import { AppError } from "@/lib/errors";
import type { IndexSpec } from "@/lib/index/spec";
import { builtinIndexSpecs, deleteIndexSpec, getIndexSpec, listIndexSpecs, saveIndexSpec } from "@/lib/queries/index-specs";
import { listProvinceIndicators } from "@/lib/queries/region-values";
import { actionForm, formRecord } from "@/lib/validation/form-values";
import { applyIntent, readSpecForm, specFromDraft, specUploadSchema, type FieldErrors, type SpecDraft } from "@/lib/validation/index-spec-form";
import { readIndexSpecJson, specIssues, specKeySchema, type SpecIssue } from "@/lib/validation/index-spec-json";
import type { Locale } from "@/lib/i18n/locales";
import { formLocale, localizedRedirect } from "./locale";

const listPath = "/admin/index-specs";

type Refusal = "unauthorised" | "disabled";

async function guard(): Promise<Refusal | null> {
  try {
    await requireEditor();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.status === 503 ? "disabled" : "unauthorised";
    throw error;
  }
}

/** Where the key of a spec about to be saved stands: free, built in, or saved already. */
async function keyStanding(key: string): Promise<"free" | "builtin" | "saved"> {
  if (builtinIndexSpecs.has(key)) return "builtin";
  return (await listIndexSpecs()).some((s) => s.key === key) ? "saved" : "free";
}

/** The spec the form started from, for the citations it carries over; none if it is gone or unreadable. */
async function baseSpec(key: string): Promise<IndexSpec | null> {
  if (!specKeySchema.safeParse(key).success) return null;
  try {
    return (await getIndexSpec(key))?.spec ?? null;
  } catch {
    return null;
  }
}

function backToList(locale: Locale, notice: "created" | "replaced" | "deleted" | "missing" | "builtin", key: string): never {
  redirect(localizedRedirect(locale, `${listPath}?${new URLSearchParams({ [notice]: key })}`));
}

/** `revision` counts answers: the form is drawn afresh for each, so every field shows the draft it came back with. */
export type SpecFormState = { draft: SpecDraft; fieldErrors: FieldErrors; refused: Refusal | "bad-form" | null; revision: number };

function revisionAfter(previous: unknown): number {
  const held = typeof previous === "object" && previous !== null && "revision" in previous ? previous.revision : 0;
  return (typeof held === "number" && Number.isSafeInteger(held) ? held : 0) + 1;
}

/**
 * The form editor's one action. "Add"/"remove" buttons answer with the reshaped form (nothing is written);
 * "save" checks the spec, refuses it next to the fields, or saves it and returns to the list.
 */
export async function saveIndexSpecFormAction(previous: SpecFormState, posted: FormData): Promise<SpecFormState> {
  // A no-JavaScript post naming the action by its id passes the form alone; junk is refused.
  const form = actionForm(previous, posted);
  const { intent, draft } = readSpecForm(form ? formRecord(form) : {});
  const answer = (state: Omit<SpecFormState, "revision">): SpecFormState => ({ ...state, revision: revisionAfter(previous) });
  if (!form || !intent) return answer({ draft, fieldErrors: {}, refused: "bad-form" });
  const refused = await guard();
  if (refused) return answer({ draft, fieldErrors: {}, refused });
  if (intent.kind !== "save") return answer({ draft: applyIntent(draft, intent), fieldErrors: {}, refused: null });

  const inStore = await listProvinceIndicators();
  const indicatorNames = new Map(inStore.map((i) => [i.code, i.nameZh]));
  const indicatorNamesEn = new Map(inStore.flatMap((i) => (i.nameEn ? [[i.code, i.nameEn] as const] : [])));
  const outcome = specFromDraft(draft, { base: await baseSpec(draft.base), indicatorNames, indicatorNamesEn });
  if (!outcome.ok) return answer({ draft, fieldErrors: outcome.fieldErrors, refused: null });
  const { spec } = outcome;
  const standing = await keyStanding(spec.key);
  if (standing === "builtin") return answer({ draft, fieldErrors: { key: "builtin-key" }, refused: null });
  // Saving a spec under the key it was opened with replaces it; any other saved key needs the box ticked.
  if (standing === "saved" && spec.key !== draft.editing && !draft.replace) return answer({ draft, fieldErrors: { key: "key-exists" }, refused: null });
  const { status } = await saveIndexSpec(spec);
  backToList(formLocale(form), status, spec.key);
}

export type SpecImportState =
  | { stage: "idle" }
  | { stage: "refused"; reason: Refusal | "no-file" | "too-large" | "not-json" | "builtin-key" | "key-exists"; key?: string }
  | { stage: "issues"; fileName: string; issues: SpecIssue[] };

/** Import an uploaded .json spec: checked like POST /api/v1/index/spec, then saved (replacing only when asked). */
export async function importIndexSpecAction(previous: SpecImportState, posted: FormData): Promise<SpecImportState> {
  const refused = await guard();
  if (refused) return { stage: "refused", reason: refused };
  const form = actionForm(previous, posted);
  const upload = specUploadSchema.safeParse(form ? formRecord(form) : {});
  if (!upload.success) return { stage: "refused", reason: upload.error.issues.some((i) => i.message === "too-large") ? "too-large" : "no-file" };
  const { file, replace } = upload.data;
  const read = readIndexSpecJson(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    if (read.problem === "invalid") return { stage: "issues", fileName: file.name, issues: specIssues(read.error) };
    return { stage: "refused", reason: read.problem };
  }
  const standing = await keyStanding(read.spec.key);
  if (standing === "builtin") return { stage: "refused", reason: "builtin-key", key: read.spec.key };
  if (standing === "saved" && !replace) return { stage: "refused", reason: "key-exists", key: read.spec.key };
  const { status } = await saveIndexSpec(read.spec);
  backToList(formLocale(form), status, read.spec.key);
}

/** Delete a saved spec from the list; the list then says what happened (a built-in one is never deleted). */
export async function deleteIndexSpecAction(first: unknown, second?: unknown): Promise<void> {
  const form = actionForm(first, second);
  const locale = formLocale(form);
  const refused = await guard();
  if (refused) redirect(localizedRedirect(locale, `/admin/login?next=${encodeURIComponent(listPath)}`));
  const key = specKeySchema.safeParse(form?.get("key"));
  if (!key.success) redirect(localizedRedirect(locale, listPath));
  if (builtinIndexSpecs.has(key.data)) backToList(locale, "builtin", key.data);
  backToList(locale, (await deleteIndexSpec(key.data)) ? "deleted" : "missing", key.data);
}
