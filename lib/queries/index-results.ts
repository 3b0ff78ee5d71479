// The index for a spec and year as the API and the /index page serve it, with its Monte Carlo rank
// intervals (1,000 runs: about 100 ms for the 31 provinces). Kept for as long as the store is unchanged:
// the key holds the data version (lib/db/changes.ts: SQLite's data_version, PostgreSQL's change
// notifications), which moves with every commit by any instance or the CLI, saved specs included.
import "server-only";
import { watchDataChanges } from "@/lib/db/changes";
import { computeWithUncertainty, type IndexComputation } from "@/lib/index/uncertainty-settings";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { getIndexInputs } from "./index-inputs";

export type IndexRun = { inputs: IndexInputs; computation: IndexComputation };

const capacity = 16;
const runs = new Map<string, IndexRun>();

// The process's one watcher (server.ts uses the same).
const dataVersion = () => watchDataChanges().dataVersion();

export async function getIndexRun(spec: IndexSpec, year: number): Promise<IndexRun> {
  // Read before the figures: a change while they are read leaves the run under the older, dead key.
  const key = `${dataVersion()}|${year}|${JSON.stringify(spec)}`;
  const held = runs.get(key);
  if (held) {
    // Most recently used last, so the first key is the one to drop.
    runs.delete(key);
    runs.set(key, held);
    return held;
  }
  const inputs = await getIndexInputs(spec, year);
  const run = { inputs, computation: computeWithUncertainty(spec, inputs.data) };
  runs.set(key, run);
  if (runs.size > capacity) runs.delete(runs.keys().next().value!);
  return run;
}
