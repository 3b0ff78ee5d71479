// bench/index's page script: starts the measuring worker, counts the progress messages that reach the page
// (what a progress bar would get), then times the what-if recomputes on the main thread, where a what-if
// panel runs them. Exposed as globalThis.runIndexBench for the bench to call through Playwright.
import { measureWhatIf, type IndexTimingOptions } from "../lib/index-timing";
import type { WorkerMessage } from "./worker";

type PageResult = { worker: unknown; progressMessages: number; lastProgress: [number, number] | null; mainThread: unknown };

function runInWorker(options: IndexTimingOptions): Promise<Omit<PageResult, "mainThread">> {
  return new Promise((resolve, reject) => {
    const worker = new Worker("/worker.js");
    let progressMessages = 0;
    let lastProgress: [number, number] | null = null;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        progressMessages++;
        lastProgress = [message.done, message.total];
        return;
      }
      worker.terminate();
      if (message.type === "done") resolve({ worker: message.timings, progressMessages, lastProgress });
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(options);
  });
}

async function runIndexBench(options: IndexTimingOptions): Promise<PageResult> {
  const fromWorker = await runInWorker(options);
  return { ...fromWorker, mainThread: measureWhatIf(options) };
}

(globalThis as { runIndexBench?: typeof runIndexBench }).runIndexBench = runIndexBench;
