// Runs a batch stage check end to end (validated input → lines → stages), shared by the page's
// server action and POST /api/v1/stage/batch.
import { classifyBatch, maxBatchLines, parseBatchText, type BatchLineError, type BatchRow } from "@/lib/domain/batch";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { batchInputSchema, batchText, BatchInputError, formDataRecord, maxBatchFileBytes, maxBatchTextChars } from "@/lib/validation/batch";
import { toCsv } from "@/lib/csv";

/** Why a batch was refused; the page and the API each say it in their own language. */
export type BatchProblem = "text-too-long" | "file-too-large" | "file-not-utf8" | "too-many-lines" | "no-lines" | "bad-format-field";

export const batchProblemMessages: Record<BatchProblem, string> = {
  "text-too-long": `text must be at most ${maxBatchTextChars} characters`,
  "file-too-large": `file must be at most ${maxBatchFileBytes} bytes`,
  "file-not-utf8": "file must be UTF-8 text (CSV or TXT)",
  "too-many-lines": `at most ${maxBatchLines} lines per batch`,
  "no-lines": 'no lines to check: give one "region, GDP per capita" line or more',
  "bad-format-field": "format must be json or csv",
};

export type BatchResult =
  | { ok: true; rows: BatchRow[]; errors: BatchLineError[] }
  | { ok: false; field: "text" | "file" | "format"; problem: BatchProblem };

export async function runBatchForm(formData: FormData): Promise<BatchResult> {
  const parsed = batchInputSchema.safeParse(formDataRecord(formData));
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "text");
    if (field === "file") return { ok: false, field, problem: "file-too-large" };
    if (field === "format") return { ok: false, field, problem: "bad-format-field" };
    return { ok: false, field: "text", problem: "text-too-long" };
  }
  let text: string;
  try {
    text = await batchText(parsed.data);
  } catch (error) {
    if (error instanceof BatchInputError) return { ok: false, field: "file", problem: "file-not-utf8" };
    throw error;
  }
  const { lines, errors } = parseBatchText(text);
  if (lines.length + errors.length > maxBatchLines) return { ok: false, field: "text", problem: "too-many-lines" };
  if (lines.length === 0 && errors.length === 0) return { ok: false, field: "text", problem: "no-lines" };
  return { ok: true, rows: classifyBatch(gcr2014, lines), errors };
}

export function batchCsv(rows: BatchRow[]): string {
  return toCsv(
    ["region", "gdp_per_capita_usd", "stage_key", "stage_zh", "next_threshold_usd", "gap_usd"],
    rows.map((r) => [r.region, r.gdpPerCapitaUsd, r.stageKey, r.stageNameZh, r.nextThresholdUsd, r.gapUsd]),
  );
}
