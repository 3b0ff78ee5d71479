// Runs a batch stage check end to end (validated input → lines → stages → crossing years), shared by the
// page's server action and POST /api/v1/stage/batch, and writes the result as CSV.
import { toCsv } from "@/lib/csv";
import {
  classifyBatch,
  maxBatchLines,
  parseBatchText,
  type BatchLineError,
  type BatchProjection,
  type BatchRow,
} from "@/lib/domain/batch";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { getMessages } from "@/lib/i18n";
import {
  batchGrowthRange,
  batchInputSchema,
  batchText,
  batchYearRange,
  BatchInputError,
  maxBatchFileBytes,
  maxBatchTextChars,
  type BatchField,
} from "@/lib/validation/batch";
import { formRecord } from "@/lib/validation/form-values";

/** Why a batch was refused; the page and the API each say it in their own language. */
export type BatchProblem =
  | "text-too-long"
  | "file-invalid"
  | "file-not-utf8"
  | "too-many-lines"
  | "no-lines"
  | "format-invalid"
  | "growth-invalid"
  | "year-invalid";

/** The API's words for each problem (the page's are in lib/i18n/zh-CN-batch.ts). */
export const batchProblemMessages: Record<BatchProblem, string> = {
  "text-too-long": `text must be at most ${maxBatchTextChars} characters`,
  "file-invalid": `file must be an uploaded file of at most ${maxBatchFileBytes} bytes`,
  "file-not-utf8": "file must be UTF-8 text (CSV or TXT)",
  "too-many-lines": `at most ${maxBatchLines} lines per batch`,
  "no-lines": 'no lines to check: give one "region, GDP per capita" line or more',
  "format-invalid": "format must be json or csv",
  "growth-invalid": `growth must be a number from ${batchGrowthRange.min} to ${batchGrowthRange.max} (real GDP growth, % a year)`,
  "year-invalid": `year must be a four-digit year from ${batchYearRange.min} to ${batchYearRange.max}`,
};

/** Each field's problem when its schema refuses it. */
const fieldProblems = new Map<string, [BatchField, BatchProblem]>([
  ["text", ["text", "text-too-long"]],
  ["file", ["file", "file-invalid"]],
  ["format", ["format", "format-invalid"]],
  ["growth", ["growth", "growth-invalid"]],
  ["year", ["year", "year-invalid"]],
]);

/** What the analyst typed, sent back so the form keeps it after 测算, with or without JavaScript. */
export type BatchEcho = { text: string; growth: string; year: string };

export type BatchProblems = Partial<Record<BatchField, BatchProblem>>;

export type BatchResult =
  | {
      ok: true;
      echo: BatchEcho;
      format: "json" | "csv";
      projection: BatchProjection | null;
      rows: BatchRow[];
      errors: BatchLineError[];
      /** The text the lines were read from when a file added to the pasted text; null when it is the pasted text. */
      checkedText: string | null;
    }
  | { ok: false; echo: BatchEcho; problems: BatchProblems };

const echoField = (formData: FormData, field: string, maxChars: number): string => {
  const value = formData.get(field);
  return typeof value === "string" ? value.slice(0, maxChars) : "";
};

function echoOf(formData: FormData): BatchEcho {
  return {
    // The whole text, even when too long: the analyst shortens it rather than typing it again.
    text: echoField(formData, "text", Infinity),
    growth: echoField(formData, "growth", 40),
    year: echoField(formData, "year", 40),
  };
}

export const noBatchForm: BatchResult = { ok: false, echo: { text: "", growth: "", year: "" }, problems: { text: "no-lines" } };

export async function runBatchForm(formData: FormData, { currentYear }: { currentYear: number }): Promise<BatchResult> {
  const echo = echoOf(formData);
  const parsed = batchInputSchema.safeParse(formRecord(formData));
  if (!parsed.success) {
    const problems: BatchProblems = {};
    for (const issue of parsed.error.issues) {
      const known = fieldProblems.get(String(issue.path[0]));
      if (known) problems[known[0]] ??= known[1];
    }
    return { ok: false, echo, problems: Object.keys(problems).length > 0 ? problems : { text: "no-lines" } };
  }
  const input = parsed.data;
  let text: string;
  try {
    text = await batchText(input);
  } catch (error) {
    if (error instanceof BatchInputError) return { ok: false, echo, problems: { file: "file-not-utf8" } };
    throw error;
  }
  const { lines, errors } = parseBatchText(text);
  if (lines.length + errors.length > maxBatchLines) return { ok: false, echo, problems: { text: "too-many-lines" } };
  if (lines.length === 0 && errors.length === 0) return { ok: false, echo, problems: { text: "no-lines" } };
  const projection = input.growth === undefined ? null : { growthPct: input.growth, baseYear: input.year ?? currentYear };
  return {
    ok: true,
    echo,
    format: input.format,
    projection,
    rows: classifyBatch(gcr2014, lines, projection),
    errors,
    checkedText: text === input.text ? null : text,
  };
}

/** The API's 400 body: every refused field, named. */
export function batchErrorBody(problems: BatchProblems): { error: string; issues: { path: string[]; message: string }[] } {
  const issues = Object.entries(problems).map(([field, problem]) => ({ path: [field], message: batchProblemMessages[problem] }));
  return { error: `Invalid input: ${issues.map((i) => i.path[0]).join(", ")}`, issues };
}

/**
 * The rows on screen as CSV: the same columns and values, numbers as plain numbers, and the projection's assumptions.
 * Its headers and stage names are Chinese in every language: the file is the API's answer to format=csv (README),
 * which scripts read by those headers.
 */
export function batchCsv({ rows, projection }: { rows: BatchRow[]; projection: BatchProjection | null }): string {
  const c = getMessages("zh-CN").batch.csv;
  const header = [c.line, c.region, c.gdp, c.stage, c.next, c.gap];
  if (projection) header.push(c.reaches, c.growth, c.baseYear);
  return toCsv(
    header,
    rows.map((r) => {
      const cells: (string | number | null)[] = [r.line, r.region, r.gdpPerCapitaUsd, r.stageNameZh, r.nextThresholdUsd, r.gapUsd];
      if (projection) cells.push(r.reachesNextStageIn, projection.growthPct, projection.baseYear);
      return cells;
    }),
  );
}
