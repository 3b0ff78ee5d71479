// What the Monte Carlo worker does with one message: read it (index-worker-protocol.ts), run the rank
// intervals and then the sensitivity design with progress about every 2 %, and answer with a checked
// result or an error. Kept apart from the worker's global handler so it runs in unit tests as it is.
import { buildModel } from "@/lib/index/model";
import { analyseSensitivity, analyseUncertainty } from "@/lib/index/uncertainty";
import { progressSteps, runRequestSchema, workerMessageSchema, type WorkerMessage } from "./index-worker-protocol";

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Answers one request through `post`; every message it posts has passed the protocol's schema. */
export function answerRunRequest(raw: unknown, post: (message: WorkerMessage) => void, now: () => number = () => performance.now()): void {
  const send = (message: WorkerMessage) => post(workerMessageSchema.parse(message));
  const request = runRequestSchema.safeParse(raw);
  if (!request.success) {
    const runId = typeof raw === "object" && raw !== null && "runId" in raw && Number.isInteger(raw.runId) ? (raw.runId as number) : null;
    send({ type: "error", runId, message: request.error.issues.map((i) => `${i.path.join(".") || "message"}: ${i.message}`).join("; ") });
    return;
  }
  const { runId, spec, data, settings } = request.data;
  try {
    const started = now();
    const modelSettings = { weightNoise: settings.weightNoise, alternatives: settings.alternatives, seed: settings.seed };
    // The model is built once here only to count its factors, so one progress bar spans both analyses.
    const build = buildModel(spec, data, modelSettings);
    if (build.status === "invalid") {
      send({ type: "error", runId, message: build.reason });
      return;
    }
    const factors = build.model.factors.length;
    const sensitivityRuns = factors === 0 ? 0 : settings.sensitivityBaseRuns * (factors + 2);
    const total = settings.runs + sensitivityRuns;
    const progressEvery = Math.max(1, Math.floor(total / progressSteps));
    const progress = (offset: number) => (done: number) => send({ type: "progress", runId, done: offset + done, total });
    const uncertainty = analyseUncertainty(spec, data, { ...modelSettings, runs: settings.runs, progressEvery, onProgress: progress(0) });
    const sensitivity =
      factors === 0
        ? ({ status: "invalid", reason: "nothing is uncertain: give a weight noise or tick a method choice" } as const)
        : analyseSensitivity(spec, data, { ...modelSettings, baseRuns: settings.sensitivityBaseRuns, progressEvery, onProgress: progress(settings.runs) });
    send({ type: "result", runId, uncertainty, sensitivity, sensitivityRuns, elapsedMs: Math.max(0, now() - started) });
  } catch (error) {
    send({ type: "error", runId, message: describe(error) });
  }
}
