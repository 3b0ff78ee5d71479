// The stage query: one schema for GET /api/v1/stage, the /stage page's URL and the batch checker.
import { z } from "zod";
import { stageSchemes } from "@/lib/domain/stage-scheme";

/** Query strings and form fields arrive as text; blank fields count as not given. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const decimal = (label: string) =>
  z
    .string({ error: `${label} must be a number` })
    .trim()
    .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, `${label} must be a plain decimal number, e.g. 13953 or 4.3`)
    .transform(Number);

const optionalDecimal = (label: string, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    decimal(label)
      .pipe(z.number().min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`))
      .optional(),
  );

/** Upper limit for a GDP per capita; far above any economy, low enough to catch a typo of extra zeros. */
export const maxGdpPerCapitaUsd = 1_000_000;

export const stageQuerySchema = z
  .object({
    gdp: z.preprocess(
      blankToUndefined,
      decimal("gdp")
        .pipe(z.number().positive("gdp must be greater than 0").max(maxGdpPerCapitaUsd, `gdp must be at most ${maxGdpPerCapitaUsd}`))
        .optional(),
    ),
    cny: z.preprocess(
      blankToUndefined,
      decimal("cny").pipe(z.number().positive("cny must be greater than 0").max(1e8, "cny must be at most 100000000")).optional(),
    ),
    rate: optionalDecimal("rate", 0.01, 1000).refine((r) => r === undefined || r > 0, "rate must be greater than 0"),
    growth: optionalDecimal("growth", -20, 30),
    deflator: optionalDecimal("deflator", -20, 50),
    fx: optionalDecimal("fx", -50, 50),
    population: optionalDecimal("population", -5, 10),
    year: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "year must be a four-digit year" })
        .trim()
        .regex(/^\d{4}$/, "year must be a four-digit year such as 2025")
        .transform(Number)
        .pipe(z.number().int().min(1960, "year must be 1960 or later").max(2100, "year must be 2100 or earlier"))
        .optional(),
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
    if (q.cny !== undefined && q.rate === undefined) {
      ctx.addIssue({ code: "custom", path: ["rate"], message: "rate (yuan per US dollar) is required with cny" });
    }
  });

export type StageQuery = z.output<typeof stageQuerySchema>;

/** URLSearchParams or Next's searchParams object → the plain record the schema reads (first value of each key). */
export function searchParamsRecord(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((k) => [k, params.get(k) ?? undefined] as const)
      : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries);
}
