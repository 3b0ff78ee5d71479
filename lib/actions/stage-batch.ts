"use server";
// Server action behind the batch form: read-only (no database write), so no editor check.
import { runBatchForm, type BatchResult } from "@/lib/stage-batch";

export async function checkBatchAction(_previous: BatchResult | null, formData: FormData): Promise<BatchResult> {
  return runBatchForm(formData);
}
