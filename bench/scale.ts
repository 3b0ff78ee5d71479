// bench/scale: server time for a region profile and for one indicator across all regions in one year,
// on synthetic stores of 10k, 100k and 1M figures (p95 ≤ 50 ms at 1M, growing no faster than log n),
// and the server's resident memory after the 1M run (≤ 400 MB).
import { performance } from "node:perf_hooks";
import { generateSyntheticStore, syntheticIndicator, syntheticIndicators, syntheticRegion } from "./generate";
import { startServer } from "./lib/server";
import { percentile, runIfMain, type BenchRow, type BenchSection } from "./lib/types";

const sizes = [10_000, 100_000, 1_000_000];
// p95 of 200 requests is the 190th: steadier than fewer on a machine whose two CPUs the client shares.
const requestsPerCase = 200;

async function timeRequests(urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - start);
  }
  return times;
}

type SizeResult = { size: number; profileP95: number; indicatorYearP95: number; rssMb: number };

async function measureSize(size: number, port: number): Promise<SizeResult> {
  const file = await generateSyntheticStore(size);
  const server = await startServer({ port, databaseUrl: `file:${file}` });
  try {
    const regions = Math.ceil(size / (syntheticIndicators * 11));
    // A query string no page reads makes every URL unique, so each request is a full render: the small stores
    // have fewer regions than requests, and a repeated URL would come from the page cache (lib/http/page-cache.ts).
    const profileUrl = (i: number) => `${server.url}/regions/${syntheticRegion((i % regions) + 1)}?probe=${i}`;
    // The indicator page for one year: every region's figure, ranked, with the distribution and a chart.
    const indicatorUrl = (i: number) => `${server.url}/indicators/${syntheticIndicator((i % syntheticIndicators) + 1)}?year=${2015 + (i % 11)}&probe=${i}`;
    const warmup = Array.from({ length: 10 }, (_, i) => [profileUrl(requestsPerCase + i), indicatorUrl(requestsPerCase + i)]).flat();
    await timeRequests(warmup); // warm up the process
    // Interleaved, so a drift in machine load reaches both pages alike.
    const times = await timeRequests(Array.from({ length: requestsPerCase }, (_, i) => [profileUrl(i), indicatorUrl(i)]).flat());
    const profile = times.filter((_, i) => i % 2 === 0);
    const indicatorYear = times.filter((_, i) => i % 2 === 1);
    return { size, profileP95: percentile(profile, 95), indicatorYearP95: percentile(indicatorYear, 95), rssMb: server.rssMb() };
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<BenchSection> {
  const results: SizeResult[] = [];
  for (const [i, size] of sizes.entries()) results.push(await measureSize(size, 3510 + i));
  const first = results[0]!;
  const last = results.at(-1)!;
  const logRatio = Math.log(last.size) / Math.log(first.size);
  const rows: BenchRow[] = [];
  for (const kind of ["profileP95", "indicatorYearP95"] as const) {
    const label = kind === "profileP95" ? "region profile page" : "indicator page, all regions, one year";
    for (const r of results) {
      const isLast = r === last;
      rows.push({ measure: `${label} p95 @ ${r.size.toLocaleString("en-US")}`, value: `${r[kind].toFixed(1)} ms`, target: isLast ? "≤ 50 ms" : "—", pass: isLast ? r[kind] <= 50 : null });
    }
    const growth = last[kind] / first[kind];
    rows.push({ measure: `${label} growth 10k → 1M`, value: `${growth.toFixed(2)}×`, target: `≤ log ratio ${logRatio.toFixed(2)}×`, pass: growth <= logRatio });
  }
  rows.push({ measure: "server RSS after the 1M run", value: `${last.rssMb.toFixed(0)} MB`, target: "≤ 400 MB", pass: last.rssMb <= 400 });
  return {
    title: "Scale (synthetic stores)",
    rows,
    notes: [`${requestsPerCase} sequential requests per case, interleaved between the two pages, each a different URL (no page-cache hits); time to last byte on loopback.`],
  };
}

runIfMain(import.meta.url, run);
