// Parameters of the read-only JSON API (/api/v1/regions, indicators, observations, zones): one schema each.
import { z } from "zod";
import { slugMaxLength, slugPattern } from "./slug";
import { regionLevels } from "@/lib/validation/catalog";
import { blankToUndefined } from "./form-values";

/** The catalogue's slug rule (lib/validation/catalog.ts), with messages that name the parameter. */
const slug = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .min(1, `${label} is required`)
    .max(slugMaxLength, `${label} must be at most ${slugMaxLength} characters`)
    .regex(slugPattern, `${label} must be lower-case letters, digits and single hyphens`);

const optionalSlug = (label: string) => z.preprocess(blankToUndefined, slug(label).optional());

const optionalYear = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, `${label} must be a four-digit year such as 2020`)
      .transform(Number)
      .pipe(z.number().int().min(1900, `${label} must be 1900 or later`).max(2100, `${label} must be 2100 or earlier`))
      .optional(),
  );

/** The `{slug}` segment of /api/v1/regions/{slug} and /api/v1/zones/{slug}. */
export const slugParamsSchema = z.object({ slug: slug("slug") });

export const regionListQuerySchema = z.object({
  level: z.preprocess(
    blankToUndefined,
    z.enum(regionLevels, { error: `level must be one of: ${regionLevels.join(", ")}` }).optional(),
  ),
});

export const observationQuerySchema = z
  .object({
    indicator: optionalSlug("indicator"),
    region: optionalSlug("region"),
    from: optionalYear("from"),
    to: optionalYear("to"),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  });

/** GET /api/v1/stages: a year (default: the latest with figures) and optionally one level of region. */
export const stagesQuerySchema = z.object({
  year: optionalYear("year"),
  level: regionListQuerySchema.shape.level,
});

export type SlugParams = z.output<typeof slugParamsSchema>;
export type StagesQuery = z.output<typeof stagesQuerySchema>;
export type RegionListQuery = z.output<typeof regionListQuerySchema>;
export type ObservationQuery = z.output<typeof observationQuerySchema>;

export const exportQuerySchema = z.object({
  format: z.preprocess(blankToUndefined, z.enum(["csv", "json"], { error: "format must be csv or json" }).default("csv")),
  indicator: optionalSlug("indicator"),
  region: optionalSlug("region"),
  source: optionalSlug("source"),
});

export const importQuerySchema = z.object({
  dryRun: z.preprocess(blankToUndefined, z.enum(["0", "1", "true", "false"], { error: "dryRun must be 1 or 0" }).optional()),
});

/** GET /api/v1/index?spec=default&year=2023[&format=json|csv]: the spec defaults to the starter framework, the year to the newest it covers. */
export const indexQuerySchema = z.object({
  spec: z.preprocess(blankToUndefined, slug("spec").default("default")),
  year: optionalYear("year"),
  format: z.preprocess(blankToUndefined, z.enum(["json", "csv", "xlsx"], { error: "format must be json, csv or xlsx" }).default("json")),
});

/** The `{key}` segment of /api/v1/index/spec/{key}. */
export const indexSpecParamsSchema = z.object({ key: slug("key") });

export type IndexQuery = z.output<typeof indexQuerySchema>;
