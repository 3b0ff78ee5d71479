// Imports for the server (the editor page's action and POST /api/v1/import) run on a worker thread
// (./worker.ts): checking, planning and writing 150,000 rows takes seconds of CPU, which on the request
// thread stalled every other request for as long. One worker takes the jobs in turn; it starts on the
// first import (its modules take a moment to load) and stops after a minute without one. The CLI calls
// importFile directly.
import { Worker } from "node:worker_threads";
import type { ImportOptions } from "./index";
import type { ImportSummary } from "./summary";

export type ImportJob = {
  /** The DATABASE_URL to import into (`file:…` or `postgresql://…`). */
  databaseUrl: string;
  bytes: Uint8Array;
  fileName: string;
  options: Omit<ImportOptions, "onPlanned">;
};

export type WorkerReply = { ok: true; summary: ImportSummary } | { ok: false; message: string };

type Waiting = { resolve: (summary: ImportSummary) => void; reject: (error: Error) => void };
type ImportWorker = { worker: Worker; waiting: Map<number, Waiting>; idle?: NodeJS.Timeout };

// Next bundles the worker (`new Worker(new URL(…, import.meta.url))`) into a chunk of its own, and inlines
// NEXT_RUNTIME in what it bundles. Run from source (vitest, tsx) the URL is the TypeScript file itself,
// which the worker loads through tsx's require hook (`--import tsx` does not reach worker threads in Node 20).
const fromSource = process.env.NEXT_RUNTIME === undefined;
const idleMs = 60_000;

// On globalThis, so Next's dev reloads of this module keep using the one worker.
const state = globalThis as unknown as { kechanImportWorker?: ImportWorker };
let nextId = 1;

function importWorker(): ImportWorker {
  if (state.kechanImportWorker) return state.kechanImportWorker;
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { execArgv: fromSource ? ["--require", "tsx/cjs"] : undefined });
  const current: ImportWorker = { worker, waiting: new Map() };
  // Never what keeps a process alive (a test run, a script that imported this module).
  worker.unref();
  worker.on("message", ({ id, reply }: { id: number; reply: WorkerReply }) => {
    const waiting = current.waiting.get(id);
    current.waiting.delete(id);
    if (reply.ok) waiting?.resolve(reply.summary);
    else waiting?.reject(new Error(`import worker: ${reply.message}`));
    if (current.waiting.size === 0) current.idle = setTimeout(() => retire(current), idleMs).unref();
  });
  const fail = (error: Error) => {
    if (state.kechanImportWorker === current) state.kechanImportWorker = undefined;
    for (const waiting of current.waiting.values()) waiting.reject(error);
    current.waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`import worker exited with code ${code} before answering`)));
  state.kechanImportWorker = current;
  return current;
}

/** Stops an idle worker; the next import starts a new one. */
function retire(current: ImportWorker) {
  if (state.kechanImportWorker === current) state.kechanImportWorker = undefined;
  void current.worker.terminate();
}

/** Runs one import on the import worker; the bytes are moved to it, not copied (the caller's view empties). */
export function runImport(job: ImportJob): Promise<ImportSummary> {
  const { worker, waiting, idle } = importWorker();
  clearTimeout(idle);
  const id = nextId++;
  const owned = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, job }, owned ? [job.bytes.buffer as ArrayBuffer] : []);
  });
}
