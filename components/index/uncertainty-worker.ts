// The uncertainty panel's handle on its Web Worker: one worker per run (cancel terminates it), every
// message read with the protocol's schema, and a failure to load or a silence of 30 s reported as an error
// rather than a bar that never moves.
import { useCallback, useEffect, useRef, useState } from "react";
import { workerMessageSchema, type RunRequest, type WorkerMessage } from "@/lib/client/index-worker-protocol";

export type RunResult = Extract<WorkerMessage, { type: "result" }>;

export type RunState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number | null }
  | { status: "done"; result: RunResult }
  | { status: "cancelled" }
  /** "worker": the worker did not load, crashed or went silent; "run": it answered with an error. */
  | { status: "failed"; kind: "worker" | "run"; message: string };

/** Progress comes every ~2 % of the runs; this long without a message means the worker is stuck. */
const silenceLimitMs = 30_000;

export function useUncertaintyWorker() {
  const [state, setState] = useState<RunState>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | null>(null);
  const runIds = useRef(0);

  const stop = useCallback(() => {
    if (watchdog.current) clearTimeout(watchdog.current);
    watchdog.current = null;
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const run = useCallback(
    (request: Omit<RunRequest, "type" | "runId">) => {
      stop();
      const runId = ++runIds.current;
      const fail = (kind: "worker" | "run", message: string) => {
        stop();
        setState({ status: "failed", kind, message });
      };
      const arm = () => {
        if (watchdog.current) clearTimeout(watchdog.current);
        watchdog.current = setTimeout(() => fail("worker", "no answer for 30 s"), silenceLimitMs);
      };
      let started: Worker;
      try {
        started = new Worker(new URL("../../lib/client/index-worker.ts", import.meta.url), { type: "module", name: "index-monte-carlo" });
      } catch (error) {
        fail("worker", error instanceof Error ? error.message : String(error));
        return;
      }
      worker.current = started;
      started.onmessage = (event: MessageEvent<unknown>) => {
        if (worker.current !== started) return;
        const parsed = workerMessageSchema.safeParse(event.data);
        if (!parsed.success) return fail("worker", "the worker sent a message that does not read");
        const message = parsed.data;
        if (message.runId !== null && message.runId !== runId) return;
        if (message.type === "progress") {
          arm();
          setState({ status: "running", done: message.done, total: message.total });
        } else if (message.type === "result") {
          stop();
          setState({ status: "done", result: message });
        } else fail("run", message.message);
      };
      started.onerror = (event) => {
        event.preventDefault();
        if (worker.current === started) fail("worker", event.message || "the worker failed to load");
      };
      started.onmessageerror = () => {
        if (worker.current === started) fail("worker", "a message from the worker could not be read");
      };
      setState({ status: "running", done: 0, total: null });
      arm();
      started.postMessage({ type: "run", runId, ...request } satisfies RunRequest);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ status: "cancelled" });
  }, [stop]);

  return { state, run, cancel };
}
