// The Monte Carlo worker of the index workbench: started by components/index/uncertainty-worker.ts with
// `new Worker(new URL(…, import.meta.url))`, which Next's bundler turns into a chunk of its own. It runs
// the pure lib/index code off the main thread, so the page stays responsive while 1,000 runs compute.
import { answerRunRequest } from "./index-worker-run";
import type { WorkerMessage } from "./index-worker-protocol";

/** The part of DedicatedWorkerGlobalScope used here (the project's TypeScript lib is the DOM's, not the worker's). */
type WorkerScope = { postMessage: (message: WorkerMessage) => void; addEventListener: (type: "message", listener: (event: MessageEvent<unknown>) => void) => void };

const scope = self as unknown as WorkerScope;

scope.addEventListener("message", (event) => {
  answerRunRequest(event.data, (message) => scope.postMessage(message));
});
