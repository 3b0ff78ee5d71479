// The import worker's entry: imports (decode → plan → write) on a thread of their own, so a 150,000-row
// file does not stop the server answering other requests. Takes jobs from runImport (./run-import.ts) one
// at a time, in the order they came, and posts back each outcome's summary or an unexpected error.
import { parentPort } from "node:worker_threads";
import { importFile } from "./index";
import type { ImportJob, WorkerReply } from "./run-import";
import { summariseOutcome } from "./summary";

async function handle({ id, job }: { id: number; job: ImportJob }): Promise<void> {
  let reply: WorkerReply;
  try {
    reply = { ok: true, summary: summariseOutcome(await importFile(job.databaseUrl, job.bytes, job.fileName, job.options)) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage({ id, reply });
}

// importFile awaits the database, so a job that came later could overtake one still running: they queue.
let queue: Promise<void> = Promise.resolve();
parentPort!.on("message", (message: { id: number; job: ImportJob }) => {
  queue = queue.then(() => handle(message));
});
