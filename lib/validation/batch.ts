// The batch stage check's input: pasted text and/or an uploaded UTF-8 text file, an optional real growth rate
// and base year, from the page's form or a request to POST /api/v1/stage/batch.
import { z } from "zod";
import { parseAnalystNumber } from "@/lib/domain/numbers";
import { blankToUndefined } from "./form-values";

export const maxBatchFileBytes = 1_000_000;
export const maxBatchTextChars = 200_000;
/** The same range as the /stage page's real growth. */
export const batchGrowthRange = { min: -20, max: 30 } as const;
export const batchYearRange = { min: 1960, max: 2100 } as const;


/** A number as an analyst types it ("4.3", "４.３", "4.3%", "2025年"); short, since it is one figure. */
const analystNumber = (label: string, example: string, unit: RegExp) =>
  z
    .string({ error: `${label} must be a number such as ${example}` })
    .max(40, `${label} must be a number such as ${example}`)
    .transform((text, ctx) => {
      const read = parseAnalystNumber(text.replace(unit, ""));
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: `${label} must be a number such as ${example}` });
      return z.NEVER;
    });

const uploadSchema = z
  .instanceof(File, { error: "file must be an uploaded file" })
  .refine((file) => file.size <= maxBatchFileBytes, `file must be at most ${maxBatchFileBytes / 1_000_000} MB`)
  .optional();

export const batchInputSchema = z
  .object({
    text: z.string({ error: "text must be text" }).max(maxBatchTextChars, `text must be at most ${maxBatchTextChars} characters`).default(""),
    file: z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), uploadSchema),
    format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json"),
    /** Real GDP growth, % a year. */
    growth: z.preprocess(
      blankToUndefined,
      analystNumber("growth", "4.3 (% a year)", /[%％]\s*$/)
        .pipe(
          z
            .number()
            .min(batchGrowthRange.min, `growth must be at least ${batchGrowthRange.min}`)
            .max(batchGrowthRange.max, `growth must be at most ${batchGrowthRange.max}`),
        )
        .optional(),
    ),
    /** The year the figures are for; the projection starts there. */
    year: z.preprocess(
      blankToUndefined,
      analystNumber("year", "2025", /年\s*$/)
        .pipe(
          z
            .number()
            .int("year must be a four-digit year such as 2025")
            .min(batchYearRange.min, `year must be ${batchYearRange.min} or later`)
            .max(batchYearRange.max, `year must be ${batchYearRange.max} or earlier`),
        )
        .optional(),
    ),
  })
  .strip();

export type BatchInput = z.infer<typeof batchInputSchema>;
export type BatchField = keyof BatchInput;

export class BatchInputError extends Error {}

/** The lines to check: the pasted text followed by the file's text (which must be UTF-8). */
export async function batchText(input: BatchInput): Promise<string> {
  if (!input.file) return input.text;
  let fileText: string;
  try {
    fileText = new TextDecoder("utf-8", { fatal: true }).decode(await input.file.arrayBuffer());
  } catch {
    throw new BatchInputError("file must be UTF-8 text");
  }
  return [input.text, fileText].filter((t) => t.trim() !== "").join("\n");
}
