// The import worker's entry: imports (decode → plan → write) on a thread of their own, so a 150,000-row
// file does not stop the server answering other requests. Takes jobs from runImport (./run-import.ts) one
// at a time, in the order they came, and posts back each outcome's summary or an unexpected error.
import { parentPort } from "node:worker_threads";
import { importFile } from "./index";
import type { ImportJob, WorkerReply } from "./run-import";
import { summariseOutcome } from "./summary";

parentPort!.on("message", ({ id, job }: { id: number; job: ImportJob }) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, summary: summariseOutcome(importFile(job.databaseFile, job.bytes, job.fileName, job.options)) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage({ id, reply });
});
