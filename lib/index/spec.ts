// The framework spec of a composite index (pillars, indicators, method) and the data it is computed on,
// as zod schemas: one versioned JSON document says everything the pipeline in lib/index needs.
import { z } from "zod";
import { slugPattern } from "@/lib/validation/slug";

export const normalisations = ["minmax", "zscore", "rank", "distance-to-reference", "distance-to-best"] as const;
export const imputations = ["none", "group-mean", "last-year"] as const;
export const outlierTreatments = ["none", "winsorise", "log"] as const;
export const aggregations = ["arithmetic", "geometric"] as const;
export const weightings = ["manual", "equal"] as const;

export type Normalisation = (typeof normalisations)[number];
export type Imputation = (typeof imputations)[number];
export type OutlierTreatment = (typeof outlierTreatments)[number];
export type Aggregation = (typeof aggregations)[number];

const key = z.string().min(1).max(60).regex(slugPattern, "lower-case letters, digits and single hyphens");
const label = z.string().trim().min(1).max(80);
/**
 * The English label of a pillar or an indicator, for the site's English pages; optional, since a label in
 * the spec's own language is always there to fall back on (lib/index/stored-text.ts chooses).
 */
const labelEn = label.optional();
const weight = z.number().finite().min(0, "weights are ≥ 0");

/** Where a pillar or an indicator comes from: a source in the store (e.g. doc-001) and the place in it. */
export const citeSchema = z.object({
  source: z.string().min(1).max(60).regex(slugPattern, "a source slug such as doc-001"),
  locator: z.string().trim().min(1).max(80),
});
export type Cite = z.infer<typeof citeSchema>;

/** Why a pillar or an indicator is in the framework, in the spec author's own words. */
const rationale = z.string().trim().min(1).max(200);

export const indicatorSpecSchema = z.object({
  key,
  label,
  labelEn,
  /** +1: more is better; −1: less is better (e.g. energy use per unit of output). */
  direction: z.union([z.literal(1), z.literal(-1)]),
  weight,
  cite: citeSchema.optional(),
  rationale: rationale.optional(),
});

export const pillarSpecSchema = z.object({
  key,
  label,
  labelEn,
  weight,
  indicators: z.array(indicatorSpecSchema).min(1),
  cite: z.array(citeSchema).max(5).optional(),
  rationale: rationale.optional(),
});

export const methodSpecSchema = z.object({
  normalisation: z.enum(normalisations),
  imputation: z.enum(imputations),
  outliers: z.enum(outlierTreatments),
  aggregation: z.enum(aggregations),
  /** "equal" ignores the stated weights: every pillar alike, every indicator alike within its pillar. */
  weighting: z.enum(weightings).default("manual"),
  coverage: z.object({
    /** A region needs data (before imputation) for at least this share of indicators, else it is excluded. */
    minIndicatorShare: z.number().gt(0).max(1),
  }),
  /** COINr's defaults (Treat(): winmax 5, |skew| 2, kurtosis 3.5); kept in the spec so a page can show them. */
  outlierRule: z
    .object({
      winsoriseMax: z.number().int().min(1).max(50),
      skewThreshold: z.number().positive(),
      kurtosisThreshold: z.number().positive(),
    })
    .default({ winsoriseMax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 }),
});

function positiveSum(weights: number[]): boolean {
  return weights.reduce((sum, w) => sum + w, 0) > 0;
}

export const indexSpecSchema = z
  .object({
    key,
    /** Semantic version of the framework; a result records the version it was computed with. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version such as 1.0.0"),
    title: z.string().trim().min(1).max(120),
    /** The title on English pages; without it they show `title` as it is. */
    titleEn: z.string().trim().min(1).max(120).optional(),
    /** What motivates the framework as a whole. */
    cite: z.array(citeSchema).max(5).optional(),
    rationale: rationale.optional(),
    pillars: z.array(pillarSpecSchema).min(1),
    method: methodSpecSchema,
  })
  .superRefine((spec, ctx) => {
    const pillarKeys = new Set<string>();
    const indicatorKeys = new Set<string>();
    spec.pillars.forEach((pillar, p) => {
      if (pillarKeys.has(pillar.key)) ctx.addIssue({ code: "custom", message: `pillar key ${pillar.key} is used twice`, path: ["pillars", p, "key"] });
      pillarKeys.add(pillar.key);
      pillar.indicators.forEach((indicator, i) => {
        if (indicatorKeys.has(indicator.key)) {
          ctx.addIssue({ code: "custom", message: `indicator key ${indicator.key} is used twice`, path: ["pillars", p, "indicators", i, "key"] });
        }
        indicatorKeys.add(indicator.key);
      });
      if (!positiveSum(pillar.indicators.map((i) => i.weight))) {
        ctx.addIssue({ code: "custom", message: `the indicator weights of ${pillar.key} are all zero`, path: ["pillars", p, "indicators"] });
      }
    });
    if (!positiveSum(spec.pillars.map((p) => p.weight))) ctx.addIssue({ code: "custom", message: "the pillar weights are all zero", path: ["pillars"] });
    if (spec.method.aggregation === "geometric" && spec.method.normalisation === "zscore") {
      // z-scores are negative for about half the regions; a geometric mean is not defined for them.
      ctx.addIssue({ code: "custom", message: "geometric aggregation needs non-negative scores; z-scores are not", path: ["method", "aggregation"] });
    }
  });

export type IndexSpec = z.infer<typeof indexSpecSchema>;
export type IndexSpecInput = z.input<typeof indexSpecSchema>;
export type MethodSpec = IndexSpec["method"];
export type OutlierRule = MethodSpec["outlierRule"];

const cell = z.number().finite().nullable();

/** The figures the index is computed on: one row per region, one column per indicator key. */
export const indexDataSchema = z
  .object({
    regions: z.array(z.string().min(1)).min(1),
    indicators: z.array(key).min(1),
    values: z.array(z.array(cell)),
    /** The national figure per indicator (same order as `indicators`), for groups and distance to reference. */
    reference: z.array(cell).optional(),
    /** The previous year's figures, same shape as `values`, for "last-year" imputation. */
    previous: z.array(z.array(cell)).optional(),
    /** A peer group per region (e.g. east / centre / west), for "group-mean" imputation; absent = one group. */
    peerGroups: z.array(z.string().min(1)).optional(),
  })
  .superRefine((data, ctx) => {
    const width = data.indicators.length;
    const checkMatrix = (matrix: (number | null)[][], name: "values" | "previous") => {
      if (matrix.length !== data.regions.length) ctx.addIssue({ code: "custom", message: `${name} needs one row per region`, path: [name] });
      matrix.forEach((row, r) => {
        if (row.length !== width) ctx.addIssue({ code: "custom", message: `${name} row ${r} needs ${width} cells`, path: [name, r] });
      });
    };
    checkMatrix(data.values, "values");
    if (data.previous) checkMatrix(data.previous, "previous");
    if (data.reference && data.reference.length !== width) ctx.addIssue({ code: "custom", message: `reference needs ${width} cells`, path: ["reference"] });
    if (data.peerGroups && data.peerGroups.length !== data.regions.length) {
      ctx.addIssue({ code: "custom", message: "peerGroups needs one group per region", path: ["peerGroups"] });
    }
    if (new Set(data.regions).size !== data.regions.length) ctx.addIssue({ code: "custom", message: "regions repeat", path: ["regions"] });
    if (new Set(data.indicators).size !== width) ctx.addIssue({ code: "custom", message: "indicators repeat", path: ["indicators"] });
  });

export type IndexData = z.infer<typeof indexDataSchema>;
