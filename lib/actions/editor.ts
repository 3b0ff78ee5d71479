"use server";
// The editor's server actions: log in and out, preview an import (again with other choices), confirm it.
// Each write checks the session itself; Next checks that actions come from our own origin. Each form posts
// the page's locale (lib/actions/locale.ts): problems are worded, and redirects stay, in that language.
import { redirect } from "next/navigation";
import { requireEditor, signIn, signOut, type SignInFailure } from "@/lib/auth/editor";
import { safeNextPath } from "@/lib/auth/next-path";
import { databaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ImportDetection } from "@/lib/import";
import { formatIssueParts, type IssueParts } from "@/lib/import/format-issue";
import type { PlannedFigure } from "@/lib/import/plan";
import { runImport } from "@/lib/import/run-import";
import { dropStagedUpload, readStagedUpload, stageUpload } from "@/lib/import/staging";
import { listIndicatorChoices, type ImportCounts } from "@/lib/import/store";
import type { ImportSummary } from "@/lib/import/summary";
import { loginSchema, uploadSchema } from "@/lib/validation/editor";
import { actionForm, formRecord } from "@/lib/validation/form-values";
import { importFormSchema } from "@/lib/validation/import";
import type { Locale } from "@/lib/i18n/locales";
import { formLocale, localizedRedirect } from "./locale";

export type LoginState = { error: SignInFailure | "required" | "too-long" } | null;

export async function loginAction(previous: LoginState, formData: FormData): Promise<LoginState> {
  // A no-JavaScript post naming the action by its id passes the form alone; junk is refused like a blank form.
  const form = actionForm(previous, formData);
  if (!form) return { error: "required" };
  const parsed = loginSchema.safeParse(formRecord(form));
  if (!parsed.success) return { error: parsed.error.issues.some((i) => i.message === "too-long") ? "too-long" : "required" };
  const outcome = await signIn(parsed.data.password);
  if (!outcome.ok) return { error: outcome.reason };
  // loginSchema has already dropped a `next` that is not a path on this site; checked again where it is followed.
  redirect(localizedRedirect(formLocale(form), safeNextPath(parsed.data.next)));
}

/** Signs out and goes home, in the language of the page the form was on. */
export async function logoutAction(formData?: unknown): Promise<void> {
  await signOut();
  redirect(localizedRedirect(formLocale(actionForm(formData, undefined)), "/"));
}

/** What the page shows of a detection and offers to change: the choices go back with the staged file. */
export type ImportView = {
  token: string;
  detection: ImportDetection;
  indicatorOptions: { code: string; nameZh: string; nameEn: string | null; unit: string }[];
};

export type ImportState =
  | { stage: "idle" }
  | { stage: "refused"; reason: "unauthorised" | "disabled" | "no-file" | "too-large" | "stale" | "bad-choice" }
  | { stage: "issues"; token: string; fileName: string; issues: IssueParts[]; view: ImportView | null; sheets: string[] }
  | { stage: "preview"; token: string; fileName: string; counts: ImportCounts; figures: PlannedFigure[]; view: ImportView }
  | { stage: "done"; fileName: string; counts: ImportCounts; regions: string[] };

async function guard(): Promise<ImportState | null> {
  try {
    await requireEditor();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { stage: "refused", reason: error.status === 503 ? "disabled" : "unauthorised" };
    throw error;
  }
}

async function outcomeState(outcome: ImportSummary, token: string, fileName: string, locale: Locale): Promise<ImportState> {
  const view = async (detection: ImportDetection): Promise<ImportView> => ({ token, detection, indicatorOptions: await listIndicatorChoices(databaseUrl()) });
  if (!outcome.ok) {
    return { stage: "issues", token, fileName, issues: outcome.issues.map((issue) => formatIssueParts(issue, locale)), view: outcome.detection ? await view(outcome.detection) : null, sheets: outcome.sheets ?? [] };
  }
  return { stage: "preview", token, fileName, counts: outcome.counts, figures: outcome.preview, view: await view(outcome.detection) };
}

/**
 * The import page's one action: preview a new upload (staged under a token, with its problems or its
 * plan), preview a staged file again with the editor's sheet and indicator choices, or write it.
 */
export async function importAction(previous: ImportState, posted: FormData): Promise<ImportState> {
  const refused = await guard();
  if (refused) return refused;
  // As with loginAction: the form may come alone, and anything that is not a form is refused.
  const formData = actionForm(previous, posted);
  if (!formData) return { stage: "refused", reason: "bad-choice" };
  const locale = formLocale(formData);
  const form = importFormSchema.safeParse({
    intent: formData.get("intent") ?? undefined,
    token: formData.get("token") || undefined,
    sheet: formData.get("sheet") ?? undefined,
    indicator: formData.getAll("indicator"),
  });
  if (!form.success) return { stage: "refused", reason: "bad-choice" };
  const { intent, token, sheet, indicator } = form.data;
  const choices = { sheet, indicators: indicator };
  // Checked, planned and written on a worker thread, so the server keeps answering meanwhile.
  const importOn = (bytes: Uint8Array, fileName: string, write: boolean) =>
    runImport({ databaseUrl: databaseUrl(), bytes, fileName, options: { write, ...choices } });

  if (intent === "preview") {
    const parsed = uploadSchema.safeParse(formRecord(formData));
    if (!parsed.success) return { stage: "refused", reason: parsed.error.issues[0]?.message === "too-large" ? "too-large" : "no-file" };
    const { file } = parsed.data;
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A copy goes to the worker: these bytes are staged below.
    const outcome = await importOn(bytes.slice(), file.name, false);
    // Kept for a second look only when the editor can change something (a sheet, an indicator) or confirm.
    const canChoose = outcome.ok || outcome.detection !== undefined || (outcome.sheets?.length ?? 0) > 0;
    return outcomeState(outcome, canChoose ? await stageUpload(bytes, file.name) : "", file.name, locale);
  }

  const staged = token ? await readStagedUpload(token) : null;
  if (!token || !staged) return { stage: "refused", reason: "stale" };
  if (intent === "reapply") {
    return outcomeState(await importOn(staged.bytes, staged.fileName, false), token, staged.fileName, locale);
  }
  // Checked again: the store may have changed since the preview.
  const outcome = await importOn(staged.bytes, staged.fileName, true);
  if (!outcome.ok) return outcomeState(outcome, token, staged.fileName, locale);
  await dropStagedUpload(token);
  return { stage: "done", fileName: staged.fileName, counts: outcome.counts, regions: outcome.changedRegions };
}
