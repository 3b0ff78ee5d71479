"use server";
// Server action behind the batch form: read-only (no database write), so no editor check.
import { runBatchForm, type BatchResult } from "@/lib/stage-batch";

/**
 * useActionState calls it with (previous result, form data); a form posted without JavaScript that names the
 * action directly passes the form data alone. Anything else (a hand-made post) gets a refusal, not a 500.
 */
export async function checkBatchAction(previous: BatchResult | null, formData: FormData): Promise<BatchResult> {
  const form: unknown = formData instanceof FormData ? formData : previous;
  if (!(form instanceof FormData)) return { ok: false, field: "text", problem: "no-lines" };
  return runBatchForm(form);
}
