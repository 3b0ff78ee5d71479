// The messages between the index workbench and its Monte Carlo worker (index-worker.ts), as zod schemas
// read on both sides: the page asks for a run (spec, data, settings); the worker answers with progress,
// then one result or one error. A message that does not parse is itself reported as an error.
import { z } from "zod";
import { aggregations, imputations, indexDataSchema, indexSpecSchema, normalisations, outlierTreatments } from "@/lib/index/spec";
import { runLimits, weightNoiseLimits } from "@/lib/index/uncertainty-view";

const alternativesSchema = z.object({
  normalisation: z.array(z.enum(normalisations)).min(1).readonly().optional(),
  imputation: z.array(z.enum(imputations)).min(1).readonly().optional(),
  outliers: z.array(z.enum(outlierTreatments)).min(1).readonly().optional(),
  aggregation: z.array(z.enum(aggregations)).min(1).readonly().optional(),
});

export const runSettingsSchema = z.object({
  runs: z.number().int().min(runLimits.min).max(runLimits.max),
  seed: z.number().int(),
  weightNoise: z.number().min(weightNoiseLimits.min).max(weightNoiseLimits.max),
  alternatives: alternativesSchema,
  /** N of the Saltelli design: N × (factors + 2) model runs. */
  sensitivityBaseRuns: z.number().int().min(2).max(runLimits.max),
});
export type RunSettingsMessage = z.infer<typeof runSettingsSchema>;

export const runRequestSchema = z.object({
  type: z.literal("run"),
  runId: z.number().int(),
  spec: indexSpecSchema,
  data: indexDataSchema,
  settings: runSettingsSchema,
});
export type RunRequest = z.infer<typeof runRequestSchema>;

const count = z.number().int().min(0);

const rankIntervalSchema = z.object({
  region: z.string(),
  nominalRank: z.number(),
  medianRank: z.number(),
  low: z.number(),
  high: z.number(),
});

const invalidSchema = z.object({ status: z.literal("invalid"), reason: z.string() });

export const uncertaintyResultSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("computed"), runs: count, factors: z.array(z.string()), regions: z.array(rankIntervalSchema) }),
  invalidSchema,
]);

export const sensitivityResultSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("computed"),
    runs: count,
    output: z.literal("mean-absolute-rank-shift"),
    variance: z.number(),
    factors: z.array(z.object({ key: z.string(), kind: z.enum(["pillar-weight", "choice"]), first: z.number(), total: z.number() })),
  }),
  invalidSchema,
]);

export const workerMessageSchema = z.discriminatedUnion("type", [
  /** Model runs done of all runs (Monte Carlo, then the sensitivity design), sent about every 2 %. */
  z.object({ type: z.literal("progress"), runId: z.number().int(), done: count, total: count }),
  z.object({
    type: z.literal("result"),
    runId: z.number().int(),
    uncertainty: uncertaintyResultSchema,
    sensitivity: sensitivityResultSchema,
    /** Model runs of the sensitivity design, N × (factors + 2). */
    sensitivityRuns: count,
    elapsedMs: z.number().min(0),
  }),
  /** runId null: the request itself could not be read. */
  z.object({ type: z.literal("error"), runId: z.number().int().nullable(), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/** Progress messages per run: about one every 2 % of the model runs. */
export const progressSteps = 50;
