"use server";
// The editor's server actions: log in and out, preview an import, confirm it. Each write checks the
// session itself; Next checks that actions come from our own origin.
import { redirect } from "next/navigation";
import { requireEditor, signIn, signOut, type SignInResult } from "@/lib/auth/editor";
import { databaseFile } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { importFile } from "@/lib/import";
import { formatIssueParts, type IssueParts } from "@/lib/import/format-issue";
import type { PlannedFigure } from "@/lib/import/plan";
import { dropStagedUpload, readStagedUpload, stageUpload } from "@/lib/import/staging";
import type { ImportCounts } from "@/lib/import/store";
import { confirmSchema, formRecord, loginSchema, uploadSchema } from "@/lib/validation/editor";

export type LoginState = { error: SignInResult | "required" | "too-long" } | null;

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(formRecord(formData));
  if (!parsed.success) return { error: parsed.error.issues.some((i) => i.message === "too-long") ? "too-long" : "required" };
  const result = await signIn(parsed.data.password);
  if (result !== "ok") return { error: result };
  redirect(parsed.data.next ?? "/admin/import");
}

export async function logoutAction(): Promise<void> {
  await signOut();
  redirect("/");
}

const previewRows = 100;

export type ImportState =
  | { stage: "idle" }
  | { stage: "refused"; reason: "unauthorised" | "disabled" | "no-file" | "too-large" | "stale" }
  | { stage: "issues"; fileName: string; issues: IssueParts[] }
  | { stage: "preview"; token: string; fileName: string; counts: ImportCounts; figures: PlannedFigure[] }
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

export async function previewImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const refused = await guard();
  if (refused) return refused;
  const parsed = uploadSchema.safeParse(formRecord(formData));
  if (!parsed.success) return { stage: "refused", reason: parsed.error.issues[0]?.message === "too-large" ? "too-large" : "no-file" };
  const { file } = parsed.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const outcome = importFile(databaseFile(), bytes, file.name, { write: false });
  if (!outcome.ok) return { stage: "issues", fileName: file.name, issues: outcome.issues.map(formatIssueParts) };
  return { stage: "preview", token: stageUpload(bytes, file.name), fileName: file.name, counts: outcome.counts, figures: outcome.plan.figures.slice(0, previewRows) };
}

export async function confirmImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const refused = await guard();
  if (refused) return refused;
  const parsed = confirmSchema.safeParse(formRecord(formData));
  const staged = parsed.success ? readStagedUpload(parsed.data.token) : null;
  if (!parsed.success || !staged) return { stage: "refused", reason: "stale" };
  // Checked again: the store may have changed since the preview.
  const outcome = importFile(databaseFile(), staged.bytes, staged.fileName, { write: true });
  dropStagedUpload(parsed.data.token);
  if (!outcome.ok) return { stage: "issues", fileName: staged.fileName, issues: outcome.issues.map(formatIssueParts) };
  const regions = [...new Set(outcome.plan.figures.filter((f) => f.status !== "unchanged").map((f) => f.region))].slice(0, 12);
  return { stage: "done", fileName: staged.fileName, counts: outcome.counts, regions };
}
