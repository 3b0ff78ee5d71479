// bench/index's Web Worker: runs the index measurements (bench/lib/index-timing.ts) in Chromium, timed
// here inside the worker, and posts progress as the site's Monte Carlo worker would for its progress bar.
import { indexTimingOptionsSchema, measureIndexTimings } from "../lib/index-timing";

export type WorkerMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; timings: unknown }
  | { type: "failed"; message: string };

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<unknown>) => {
  try {
    const options = indexTimingOptionsSchema.parse(event.data);
    post({ type: "done", timings: measureIndexTimings(options, (done, total) => post({ type: "progress", done, total })) });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
