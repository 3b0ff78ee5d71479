import { describe, expect, it } from "vitest";
import { defaultAlternatives } from "@/lib/index/uncertainty-settings";
import { analyseSensitivity, analyseUncertainty } from "@/lib/index/uncertainty";
import { sampleData, sampleSpec, syntheticData, syntheticSpec } from "@/lib/index/test-fixtures";
import { progressSteps, runRequestSchema, workerMessageSchema, type RunRequest, type WorkerMessage } from "./index-worker-protocol";
import { answerRunRequest } from "./index-worker-run";

const spec = syntheticSpec(12, 3);
const data = syntheticData(31, 12);

function request(patch: Partial<RunRequest["settings"]> = {}): RunRequest {
  return {
    type: "run",
    runId: 7,
    spec,
    data,
    settings: { runs: 200, seed: 11, weightNoise: 0.25, alternatives: defaultAlternatives(spec), sensitivityBaseRuns: 50, ...patch },
  };
}

function answer(raw: unknown): WorkerMessage[] {
  const messages: WorkerMessage[] = [];
  answerRunRequest(raw, (m) => messages.push(m), () => 0);
  return messages;
}

describe("answerRunRequest", () => {
  it("reports progress about every 2 % up to the total, then one result, all in the protocol's shape", () => {
    const messages = answer(request());
    const progress = messages.filter((m) => m.type === "progress");
    const last = messages.at(-1)!;
    expect(last.type).toBe("result");
    if (last.type !== "result") return;
    // 3 pillar weights + 4 choices = 7 factors: 50 × (7 + 2) sensitivity runs after the 200 Monte Carlo runs.
    expect(last.sensitivityRuns).toBe(50 * 9);
    const total = 200 + 450;
    expect(progress.every((m) => m.total === total && m.runId === 7)).toBe(true);
    expect(progress.at(-1)!.done).toBe(total);
    expect(progress.length).toBeGreaterThanOrEqual(progressSteps);
    expect(progress.length).toBeLessThanOrEqual(progressSteps + 3);
    const done = progress.map((m) => m.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    for (const message of messages) expect(workerMessageSchema.safeParse(message).success).toBe(true);
  });

  it("answers with what the lib/index analyses give for the same settings", () => {
    const last = answer(request()).at(-1)!;
    if (last.type !== "result") throw new Error("expected a result");
    const settings = { weightNoise: 0.25, alternatives: defaultAlternatives(spec), seed: 11 };
    expect(last.uncertainty).toEqual(analyseUncertainty(spec, data, { ...settings, runs: 200 }));
    expect(last.sensitivity).toEqual(analyseSensitivity(spec, data, { ...settings, baseRuns: 50 }));
  });

  it("runs without sensitivity when nothing is uncertain", () => {
    const one = { normalisation: [spec.method.normalisation], aggregation: [spec.method.aggregation], outliers: [spec.method.outliers], imputation: [spec.method.imputation] };
    const last = answer(request({ weightNoise: 0, alternatives: one })).at(-1)!;
    expect(last).toMatchObject({ type: "result", sensitivityRuns: 0, sensitivity: { status: "invalid" }, uncertainty: { status: "computed" } });
  });

  it("answers a request out of bounds with an error naming the field and the run", () => {
    const messages = answer({ ...request(), settings: { ...request().settings, runs: 50 } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: "error", runId: 7 });
    expect(messages[0]!.type === "error" && messages[0]!.message).toContain("settings.runs");
  });

  it("answers junk with an error for no run in particular", () => {
    expect(answer(null)).toEqual([expect.objectContaining({ type: "error", runId: null })]);
    expect(answer({ type: "run", runId: "x" })).toEqual([expect.objectContaining({ type: "error", runId: null })]);
  });

  it("passes on the model's refusal (z-scores beside a geometric mean) as an error", () => {
    const messages = answer(request({ alternatives: { normalisation: ["minmax", "zscore"], aggregation: ["arithmetic", "geometric"] } }));
    expect(messages).toEqual([{ type: "error", runId: 7, message: expect.stringContaining("z-scores") }]);
  });

  it("refuses a spec the spec schema refuses, even from the page", () => {
    const bad = { ...request(), spec: { ...sampleSpec(), method: { ...sampleSpec().method, normalisation: "zscore", aggregation: "geometric" } }, data: sampleData };
    expect(runRequestSchema.safeParse(bad).success).toBe(false);
    expect(answer(bad)[0]).toMatchObject({ type: "error", runId: 7 });
  });
});

describe("workerMessageSchema", () => {
  it("refuses a result with a figure that is not a number, and unknown messages", () => {
    const result = { type: "result", runId: 1, uncertainty: { status: "computed", runs: 1, factors: [], regions: [{ region: "a", nominalRank: 1, medianRank: NaN, low: 1, high: 1 }] }, sensitivity: { status: "invalid", reason: "x" }, sensitivityRuns: 0, elapsedMs: 1 };
    expect(workerMessageSchema.safeParse(result).success).toBe(false);
    expect(workerMessageSchema.safeParse({ type: "hello", runId: 1 }).success).toBe(false);
    expect(workerMessageSchema.safeParse({ type: "progress", runId: 1, done: -1, total: 5 }).success).toBe(false);
  });
});
