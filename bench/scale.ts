// bench/scale: server time for a region profile and for one indicator across all regions in one year,
// on synthetic stores of 10k, 100k and 1M figures (p95 ≤ 50 ms at 1M, growing no faster than log n),
// and the server's resident memory after the 1M run (≤ 400 MB).
import { performance } from "node:perf_hooks";
import { generateSyntheticStore, syntheticIndicator, syntheticIndicators, syntheticRegion } from "./generate";
import { startServer } from "./lib/server";
import { percentile, runIfMain, type BenchRow, type BenchSection } from "./lib/types";

const sizes = [10_000, 100_000, 1_000_000];
// p95 of 120 requests is the 114th: steadier than 60 on a machine whose two CPUs the client shares.
const requestsPerCase = 120;

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
    // Different regions and indicators each time: nothing is served from a warm per-page cache.
    const profileUrls = (offset: number) => Array.from({ length: requestsPerCase }, (_, i) => `${server.url}/regions/${syntheticRegion(((i + offset) % regions) + 1)}`);
    // The indicator page for one year: every region's figure, ranked, with the distribution and a chart.
    const indicatorUrls = (offset: number) =>
      Array.from({ length: requestsPerCase }, (_, i) => `${server.url}/indicators/${syntheticIndicator(((i + offset) % syntheticIndicators) + 1)}?year=${2015 + ((i + offset) % 11)}`);
    await timeRequests([...profileUrls(7).slice(0, 10), ...indicatorUrls(7).slice(0, 10)]); // warm up the process
    const profile = await timeRequests(profileUrls(0));
    const indicatorYear = await timeRequests(indicatorUrls(0));
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
    notes: [`${requestsPerCase} sequential requests per case, each for a different region or indicator/year; time to last byte on loopback.`],
  };
}

runIfMain(import.meta.url, run);
