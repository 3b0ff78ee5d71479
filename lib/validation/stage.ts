// The stage query: one schema for GET /api/v1/stage and the batch checker, and (reading numbers as analysts
// write them) for the /stage page's form (lib/validation/stage-form.ts). Both share every range check.
import { z } from "zod";
import { stageSchemes } from "@/lib/domain/stage-scheme";
import { blankToUndefined } from "./form-values";

/** What a field holds: an amount (dollars, yuan, a rate), a percentage a year, or a year. */
export type NumberKind = "amount" | "percent" | "year";

/** Reads one field's text as a number; the API's reader takes plain decimals only, the form's more. */
export type NumberReader = (label: string, kind: NumberKind) => z.ZodType<number, string>;

/** The JSON API's reader: plain decimals ("13953", "4.3"), and a year as four digits. */
export const plainDecimalReader: NumberReader = (label, kind) =>
  kind === "year"
    ? z
        .string({ error: `${label} must be a four-digit year` })
        .trim()
        .regex(/^\d{4}$/, `${label} must be a four-digit year such as 2025`)
        .transform(Number)
    : z
        .string({ error: `${label} must be a number` })
        .trim()
        .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, `${label} must be a plain decimal number, e.g. 13953 or 4.3`)
        .transform(Number);

/** The reason given on both figure fields when both are filled: one figure, or the other would be ignored. */
export const gdpAndCnyReason = "gdp-and-cny";

/** Upper limit for a GDP per capita; far above any economy, low enough to catch a typo of extra zeros. */
export const maxGdpPerCapitaUsd = 1_000_000;

/** The stage query's fields, reading numbers with `read`; the ranges and rules are the same for every reader. */
export function stageQuerySchemaReading(read: NumberReader) {
  const optional = (label: string, kind: NumberKind, range: z.ZodType<number, number>) =>
    z.preprocess(blankToUndefined, read(label, kind).pipe(range).optional());
  const between = (label: string, min: number, max: number) =>
    z.number().min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`);

  return z
    .object({
      gdp: optional("gdp", "amount", z.number().positive("gdp must be greater than 0").max(maxGdpPerCapitaUsd, `gdp must be at most ${maxGdpPerCapitaUsd}`)),
      cny: optional("cny", "amount", z.number().positive("cny must be greater than 0").max(1e8, "cny must be at most 100000000")),
      rate: optional("rate", "amount", between("rate", 0.01, 1000)),
      growth: optional("growth", "percent", between("growth", -20, 30)),
      deflator: optional("deflator", "percent", between("deflator", -20, 50)),
      fx: optional("fx", "percent", between("fx", -50, 50)),
      population: optional("population", "percent", between("population", -5, 10)),
      year: optional(
        "year",
        "year",
        z.number().int("year must be a whole year").min(1960, "year must be 1960 or later").max(2100, "year must be 2100 or earlier"),
      ),
      scheme: z.preprocess(
        blankToUndefined,
        z
          .string()
          // Own keys only: "constructor", "__proto__" or "toString" must not find Object.prototype's members.
          .refine((key) => Object.hasOwn(stageSchemes, key), { message: `scheme must be one of: ${Object.keys(stageSchemes).join(", ")}` })
          .default("gcr-2014-2015"),
      ),
    })
    .superRefine((q, ctx) => {
      if (q.gdp === undefined && q.cny === undefined) {
        ctx.addIssue({ code: "custom", path: ["gdp"], message: "gdp is required (GDP per capita in USD), or give cny and rate" });
      }
      // Both figures given: one of them would be silently ignored, so neither is taken.
      if (q.gdp !== undefined && q.cny !== undefined) {
        for (const field of ["gdp", "cny"]) {
          ctx.addIssue({
            code: "custom",
            path: [field],
            message: "give either gdp (USD) or cny with rate, not both",
            params: { reason: gdpAndCnyReason },
          });
        }
      }
      if (q.cny !== undefined && q.rate === undefined) {
        ctx.addIssue({ code: "custom", path: ["rate"], message: "rate (yuan per US dollar) is required with cny" });
      }
    });
}

/** GET /api/v1/stage: strict, plain decimals only, as documented in the README. */
export const stageQuerySchema = stageQuerySchemaReading(plainDecimalReader);

export type StageQuery = z.output<typeof stageQuerySchema>;
