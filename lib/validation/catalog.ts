// Schemas for the catalogue records (sources, regions, indicators, observations, zone cases):
// one definition shared by the seed, the importer and the API.
import { z } from "zod";
import { slugMaxLength, slugPattern } from "./slug";
import { unitCodes } from "@/lib/domain/units";

const slug = z
  .string()
  .min(1)
  .max(slugMaxLength)
  .regex(slugPattern, "lower-case letters, digits and single hyphens");

const text = (max: number) => z.string().trim().min(1).max(max);

export const regionLevels = ["world", "nation", "macro-region", "province", "city", "zone"] as const;
export const qualifiers = [">", "<", "≈", "+", "≥", "≤"] as const;
export const yearBases = ["observed", "period", "forecast", "publication"] as const;
export const indicatorCategories = ["economy", "rnd", "innovation", "zone", "policy", "stage"] as const;
export const zoneKinds = ["high-tech-zone", "industrial-park", "science-city"] as const;
export const zoneFeatureCategories = ["chain", "mechanism", "practice", "industry", "institution"] as const;

export const sourceRecordSchema = z.object({
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "a file name from shared/seeds"),
  slug,
  titleZh: text(200),
  titleEn: text(200),
  authors: text(200),
  organisation: text(200),
  published: z.string().regex(/^\d{4}(-\d{2})?$/, "YYYY or YYYY-MM"),
  language: z.enum(["zh-Hans", "zh-Hant"]),
  summaryZh: text(600),
});

/** Where a claim stands: the document (by slug) and the section or paragraph inside it. */
const citation = { source: slug, locator: text(200) };

export const regionRecordSchema = z.object({
  slug,
  nameZh: text(60),
  nameEn: text(120),
  level: z.enum(regionLevels),
  parent: slug.optional(),
  adminCode: z.string().regex(/^\d{6}$/).optional(),
  designation: z.enum(["international-innovation-centre", "regional-innovation-centre"]).optional(),
  designationNoteZh: text(300).optional(),
  source: slug.optional(),
  locator: text(200).optional(),
});

export const indicatorRecordSchema = z.object({
  code: slug,
  nameZh: text(80),
  nameEn: text(160),
  unit: z.enum(unitCodes),
  category: z.enum(indicatorCategories),
  definitionZh: text(400),
  higherIsBetter: z.boolean().optional(),
});

export const observationRecordSchema = z
  .object({
    indicator: slug,
    region: slug,
    year: z.number().int().min(1900).max(2100),
    periodStart: z.number().int().min(1900).max(2100).optional(),
    yearBasis: z.enum(yearBases).default("observed"),
    value: z.number().finite(),
    qualifier: z.enum(qualifiers).optional(),
    /** The number exactly as the document writes it (a substring of the document). */
    valueText: text(40),
    ...citation,
    noteZh: text(400),
  })
  .refine((o) => o.periodStart === undefined || o.periodStart <= o.year, {
    message: "periodStart must not be after year",
    path: ["periodStart"],
  });

export const zoneFeatureRecordSchema = z.object({
  category: z.enum(zoneFeatureCategories),
  key: slug,
  labelZh: text(60),
  /** Our English name for the label, shown on English pages (seeded features all have one). */
  labelEn: text(80).optional(),
  evidenceZh: text(400),
  ...citation,
});

export const regionNoteKinds = ["programme", "institution", "context"] as const;

export const regionNoteRecordSchema = z.object({
  region: slug,
  key: slug,
  kind: z.enum(regionNoteKinds),
  titleZh: text(80),
  bodyZh: text(400),
  period: z.string().regex(/^\d{4}(—\d{4})?$/, "YYYY or YYYY—YYYY").optional(),
  ...citation,
});

export const zoneCaseRecordSchema = z.object({
  slug,
  region: slug,
  kind: z.enum(zoneKinds),
  established: z.number().int().min(1950).max(2100).optional(),
  summaryZh: text(600),
  ...citation,
  features: z.array(zoneFeatureRecordSchema),
});

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type RegionRecord = z.infer<typeof regionRecordSchema>;
export type IndicatorRecord = z.infer<typeof indicatorRecordSchema>;
export type ObservationRecord = z.input<typeof observationRecordSchema>;
export type ZoneFeatureRecord = z.infer<typeof zoneFeatureRecordSchema>;
export type ZoneCaseRecord = z.infer<typeof zoneCaseRecordSchema>;
export type RegionNoteRecord = z.infer<typeof regionNoteRecordSchema>;

/** What one document contributes to the store. */
export type DocumentSeed = {
  source: SourceRecord;
  regions?: RegionRecord[];
  indicators?: IndicatorRecord[];
  observations: ObservationRecord[];
  zoneCases?: ZoneCaseRecord[];
  regionNotes?: RegionNoteRecord[];
};
