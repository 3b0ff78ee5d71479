// The /stage page's form: the stage query's schema and ranges, reading numbers as analysts write them
// ("13,953", "1.4万", "１３９５３", "4.3%"). The JSON API keeps the strict reader in ./stage.ts.
import { z } from "zod";
import { parseAnalystNumber } from "@/lib/domain/numbers";
import { gdpAndCnyReason, stageQuerySchemaReading, type NumberReader } from "./stage";

/** The form's fields, in the order a canonical address lists them. */
export const stageFormFields = ["gdp", "cny", "rate", "growth", "year", "deflator", "fx", "population", "scheme"] as const;
export type StageFormField = (typeof stageFormFields)[number];
export type StageFormValues = Partial<Record<StageFormField, string>>;

/** A percentage may carry its sign, half- or full-width: "4.3%" and "4.3％" read as 4.3. */
const trailingPercent = /[%％]\s*$/;

export const analystNumberReader: NumberReader = (label, kind) =>
  z.string({ error: `${label} must be a number` }).transform((typed, ctx) => {
    const parsed = parseAnalystNumber(kind === "percent" ? typed.replace(trailingPercent, "") : typed);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `${label} must be a number such as 13953, 13,953 or 1.4万` });
      return z.NEVER;
    }
    return parsed.value;
  });

export const stageFormSchema = stageQuerySchemaReading(analystNumberReader);

/** Why a field was refused: not a number or out of range ("invalid"), or filled together with the other figure. */
export type StageFieldProblem = "invalid" | "gdp-and-cny";

/** The first problem of each field, keyed by the form's own field names only. */
export function stageFieldProblems(error: z.ZodError): Partial<Record<StageFormField, StageFieldProblem>> {
  const problems: Partial<Record<StageFormField, StageFieldProblem>> = {};
  for (const issue of error.issues) {
    const field = stageFormFields.find((name) => name === issue.path[0]) ?? "gdp";
    if (problems[field] !== undefined) continue;
    const reason = issue.code === "custom" ? (issue.params as { reason?: unknown } | undefined)?.reason : undefined;
    problems[field] = reason === gdpAndCnyReason ? "gdp-and-cny" : "invalid";
  }
  return problems;
}

/** The form's values as typed, one per field (the first when a key repeats), ignoring every other key. */
export function stageFormValues(record: Record<string, string | undefined>): StageFormValues {
  const values: StageFormValues = {};
  for (const field of stageFormFields) {
    const value = Object.hasOwn(record, field) ? record[field] : undefined;
    if (typeof value === "string") values[field] = value;
  }
  return values;
}

/**
 * `path` with the query less its empty fields (a GET form sends every field, filled or not), or null when
 * there is none to drop. Other keys and the order are kept as they came.
 */
export function withoutEmptyFields(path: string, search: URLSearchParams): string | null {
  const all = [...search];
  const kept = all.filter(([, value]) => value.trim() !== "");
  if (kept.length === all.length) return null;
  const query = new URLSearchParams(kept).toString();
  return query === "" ? path : `${path}?${query}`;
}
