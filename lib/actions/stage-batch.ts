"use server";
// Server action behind the batch form: read-only (no database write), so no editor check.
import { noBatchForm, runBatchForm, type BatchResult } from "@/lib/stage-batch";
import { actionForm } from "@/lib/validation/form-values";

/**
 * useActionState calls it with (previous result, form data); a form posted without JavaScript that names the
 * action directly passes the form data alone. Anything else (a hand-made post) gets a refusal, not a 500.
 * The previous result is never read: the form sends everything the check needs.
 */
export async function checkBatchAction(previous: unknown, formData: unknown): Promise<BatchResult> {
  const form = actionForm(previous, formData);
  if (!form) return noBatchForm;
  return runBatchForm(form, { currentYear: new Date().getFullYear() });
}
