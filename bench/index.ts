// bench/index: the composite index's Monte Carlo (1,000 runs ≤ 2 s) and what-if recompute (≤ 50 ms) on a
// SYNTHETIC 300 regions × 30 indicators, in Node (as the API runs it) and in headless Chromium (the Monte
// Carlo inside a Web Worker, the what-if on the page's main thread), each beside the machine's reference
// figure from bench/throughput. Needs no build and no Next server.
// Usage: npx tsx bench/index.ts   (BENCH_INDEX_PORT for the reference server, default 3251) → prints the section as JSON.
import { loadavg } from "node:os";
import { measureInChromium } from "./index-browser/chromium";
import { measureBareReference, type BareReference } from "./lib/bare-reference";
import { measureIndexTimings, type IndexTimingOptions } from "./lib/index-timing";
import { median, runIfMain, type BenchRow, type BenchSection } from "./lib/types";

const options: IndexTimingOptions = {
  problem: { regions: 300, indicators: 30, pillars: 6, seed: 13 },
  monteCarloRuns: 1000,
  repeats: 5,
  sensitivityBaseRuns: 100,
  whatIfRepeats: 21,
};
const monteCarloTargetMs = 2000;
const whatIfTargetMs = 50;
const referenceSeconds = 5;

const count = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => (n < 100 ? `${n.toFixed(1)} ms` : `${count(n)} ms`);

/** A time as the number of bare requests the machine answers meanwhile: steadier across days than the time. */
function timeRow(measure: string, times: number[], reference: BareReference, targetMs: number | null): BenchRow {
  const value = median(times);
  const requests = (value / 1000) * reference.requestsPerSecond;
  return {
    measure,
    value: `${ms(value)} (≈ ${count(requests)} bare requests)`,
    target: targetMs === null ? "information" : `≤ ${count(targetMs)} ms`,
    pass: targetMs === null ? null : value <= targetMs,
  };
}

export async function run(): Promise<BenchSection> {
  const load = loadavg()[0]!;
  const reference = await measureBareReference({ port: Number(process.env.BENCH_INDEX_PORT ?? 3251), seconds: referenceSeconds });
  const node = measureIndexTimings(options);
  const browser = await measureInChromium(options);
  const worker = browser.worker;
  const { monteCarloRuns: runs, sensitivityBaseRuns } = options;
  const choices = `weight noise ±25 % on ${options.problem.pillars} pillars, normalisation min-max | rank, aggregation arithmetic | geometric`;
  return {
    title: `Composite index (SYNTHETIC ${options.problem.regions} regions × ${options.problem.indicators} indicators)`,
    rows: [
      timeRow(`Monte Carlo, ${count(runs)} runs, Node`, node.monteCarloMs, reference, monteCarloTargetMs),
      timeRow(`Monte Carlo, ${count(runs)} runs, Chromium Web Worker`, worker.monteCarloMs, reference, monteCarloTargetMs),
      timeRow(`Monte Carlo, ${count(runs)} runs, site defaults (4 choices), Node`, node.siteDefaultsMs, reference, monteCarloTargetMs),
      timeRow(`Monte Carlo, ${count(runs)} runs, site defaults (4 choices), Chromium Web Worker`, worker.siteDefaultsMs, reference, monteCarloTargetMs),
      timeRow("What-if, one pillar weight, Node", node.whatIfWeightMs, reference, whatIfTargetMs),
      timeRow("What-if, one pillar weight, Chromium main thread", browser.mainThread.whatIfWeightMs, reference, whatIfTargetMs),
      timeRow("What-if, normalisation min-max ⇄ rank, Node", node.whatIfMethodMs, reference, whatIfTargetMs),
      timeRow("What-if, normalisation min-max ⇄ rank, Chromium main thread", browser.mainThread.whatIfMethodMs, reference, whatIfTargetMs),
      timeRow(`Sensitivity, ${count(node.sensitivityRuns)} runs (N = ${sensitivityBaseRuns}), Node`, node.sensitivityMs, reference, null),
      timeRow(`Sensitivity, ${count(worker.sensitivityRuns)} runs (N = ${sensitivityBaseRuns}), Chromium Web Worker`, worker.sensitivityMs, reference, null),
      {
        measure: "Same rank intervals in Node and Chromium",
        value: node.fingerprint === worker.fingerprint ? `yes (${node.fingerprint})` : `no (Node ${node.fingerprint}, Chromium ${worker.fingerprint})`,
        target: "equal",
        pass: node.fingerprint === worker.fingerprint,
      },
      {
        measure: "Reference: GET /api/v1/stage on bare node:http",
        value: `${count(reference.requestsPerSecond)} req/s, ${reference.errors} errors`,
        target: "reference",
        pass: null,
      },
    ],
    notes: [
      `Synthetic problem (bench/lib/synthetic-index.ts, seed ${options.problem.seed}, never written to the store): ${options.problem.pillars} pillars of ${options.problem.indicators / options.problem.pillars} indicators, about 6 % of figures missing (last year's fill most), every 50th region half empty, one region in 60 at 20× on every 4th indicator; ${node.ranked} of ${node.regions} regions ranked.`,
      `Monte Carlo: ${choices} (factors ${node.factors.join(", ")}); site defaults add outlier treatment and imputation (lib/index/uncertainty-settings.ts). Median of ${options.repeats} after one untimed warm-up; what-if (computeIndex on the changed spec) median of ${options.whatIfRepeats}.`,
      `Chromium ${browser.browserVersion}: the worker (${browser.workerKb.toFixed(0)} KB minified, lib/index and zod bundled by esbuild) timed itself with performance.now(); ${count(browser.progressMessages)} progress messages reached the page over the ${2 * (options.repeats + 1)} Monte Carlo calls (${worker.progressReports} per ${count(runs)} runs), the last ${browser.lastProgress?.join(" of ") ?? "none"}. What-if in the worker: weight ${ms(median(worker.whatIfWeightMs))}, method ${ms(median(worker.whatIfMethodMs))}.`,
      `"≈ N bare requests" = the time × the reference rate (bare node:http, 50 connections, ${referenceSeconds} s, as bench/throughput): compare that across days, since absolute times on this machine move by 2×. Load average when the bench started: ${load.toFixed(2)}.`,
    ],
  };
}

runIfMain(import.meta.url, run);
