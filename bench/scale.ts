// bench/scale: server time for a region page and for one indicator across all regions in one year, on synthetic
// stores of 100k, 1M and 10M figures (bench/generate.ts gives their shapes), on SQLite and on PostgreSQL. Targets
// from issue 15, as ratios within the run (absolute times on these shared machines move 2× from day to day):
// each page's p95 at 10M ≤ 1.5× its p95 at 100k on each provider, PostgreSQL's p95 ≤ 2× SQLite's at 10M, and
// each server's resident memory after the 10M run ≤ 400 MB.
import { performance } from "node:perf_hooks";
import type { DatabaseProvider } from "@/lib/env";
import { benchProviders, providerName, generateSyntheticStore, syntheticIndicator, syntheticRegion, syntheticShape } from "./generate";
import { startServer, type BenchServer } from "./lib/server";
import { median, percentile, runIfMain, type BenchRow, type BenchSection } from "./lib/types";

const sizes = [100_000, 1_000_000, 10_000_000];
const providers = benchProviders;
const pages = ["region", "indicator"] as const;
type Page = (typeof pages)[number];
// p95 of 200 requests is the 190th: steadier than fewer on a machine whose two CPUs the client shares.
const requestsPerCase = 200;
const warmupPerCase = 10;

const targets = { growth: 1.5, postgresOverSqlite: 2, rssMb: 400 };

type Case = { size: number; provider: DatabaseProvider; page: Page; url: (i: number) => string; times: number[] };

async function timeRequest(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

/** The two pages' URLs on one server: each request a different URL, so none comes from the page cache. */
function urlsFor(server: BenchServer, size: number): Record<Page, (i: number) => string> {
  const shape = syntheticShape(size);
  const years = shape.lastYear - shape.firstYear + 1;
  // A query string no page reads makes every URL unique (lib/http/page-cache.ts would answer a repeated one); the
  // stride walks regions across the whole table rather than the first few hundred.
  return {
    region: (i) => `${server.url}/regions/${syntheticRegion(((i * 97) % shape.regions) + 1)}?probe=${i}`,
    // The indicator page for one year: every region's figure, ranked, with the distribution and a chart.
    indicator: (i) => `${server.url}/indicators/${syntheticIndicator((i % shape.indicators) + 1)}?year=${shape.firstYear + ((i * 7) % years)}&probe=${i}`,
  };
}

const label: Record<Page, string> = { region: "region page", indicator: "indicator page (all regions, one year)" };
const sizeName = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function run(): Promise<BenchSection> {
  // Every store first (the 10M ones take minutes the first time, then are reused), out of the timed part.
  const stores = new Map<string, string>();
  for (const size of sizes) for (const provider of providers) stores.set(`${provider}/${size}`, await generateSyntheticStore(size, provider));

  // Every server at once, and the requests interleaved across all of them: a drift in the machine's load then
  // reaches every case alike, so the ratios below compare like with like.
  const servers: { size: number; provider: DatabaseProvider; server: BenchServer }[] = [];
  try {
    for (const [i, size] of sizes.entries()) {
      for (const [j, provider] of providers.entries()) {
        servers.push({ size, provider, server: await startServer({ port: 3510 + i * providers.length + j, databaseUrl: stores.get(`${provider}/${size}`)! }) });
      }
    }
    const cases: Case[] = servers.flatMap(({ size, provider, server }) => {
      const urls = urlsFor(server, size);
      return pages.map((page) => ({ size, provider, page, url: urls[page], times: [] }));
    });
    for (let i = 0; i < warmupPerCase; i++) for (const c of cases) await timeRequest(c.url(requestsPerCase + i));
    for (let i = 0; i < requestsPerCase; i++) for (const c of cases) c.times.push(await timeRequest(c.url(i)));

    const timesOf = (size: number, provider: DatabaseProvider, page: Page) => cases.find((c) => c.size === size && c.provider === provider && c.page === page)!.times;
    const p95 = (size: number, provider: DatabaseProvider, page: Page) => percentile(timesOf(size, provider, page), 95);
    const first = sizes[0]!;
    const last = sizes.at(-1)!;
    const rows: BenchRow[] = [];
    for (const page of pages) {
      for (const provider of providers) {
        for (const size of sizes) {
          const value = `${ms(p95(size, provider, page))} (median ${ms(median(timesOf(size, provider, page)))})`;
          rows.push({ measure: `${label[page]} p95, ${providerName[provider]} @ ${sizeName(size)}`, value, target: "—", pass: null });
        }
      }
    }
    for (const page of pages) {
      for (const provider of providers) {
        const growth = p95(last, provider, page) / p95(first, provider, page);
        rows.push({
          measure: `${label[page]}, ${providerName[provider]}: p95 ${sizeName(last)} ÷ ${sizeName(first)}`,
          value: `${growth.toFixed(2)}×`,
          target: `≤ ${targets.growth}×`,
          pass: growth <= targets.growth,
        });
      }
    }
    for (const page of pages) {
      const ratio = p95(last, "postgresql", page) / p95(last, "sqlite", page);
      rows.push({ measure: `${label[page]} @ ${sizeName(last)}: PostgreSQL p95 ÷ SQLite p95`, value: `${ratio.toFixed(2)}×`, target: `≤ ${targets.postgresOverSqlite}×`, pass: ratio <= targets.postgresOverSqlite });
    }
    for (const { size, provider, server } of servers.filter((s) => s.size === last)) {
      const rss = server.rssMb();
      rows.push({ measure: `server RSS after the ${sizeName(size)} run, ${providerName[provider]}`, value: `${rss.toFixed(0)} MB`, target: `≤ ${targets.rssMb} MB`, pass: rss <= targets.rssMb });
    }
    const shapes = sizes.map((size) => {
      const s = syntheticShape(size);
      return `${sizeName(size)} = ${s.regions.toLocaleString("en-US")} regions × ${s.indicators} indicators × ${s.lastYear - s.firstYear + 1} years`;
    });
    return {
      title: "Scale (synthetic stores, SQLite and PostgreSQL)",
      rows,
      notes: [
        `Stores (bench/generate.ts says why this shape): ${shapes.join("; ")}, plus the seeded documents.`,
        `${requestsPerCase} sequential requests per case after ${warmupPerCase} untimed ones, all ${sizes.length * providers.length} servers up at once and the requests interleaved across every case (size × provider × page), each a different URL (no page-cache hits); time to last byte on loopback.`,
        "The PostgreSQL server runs on the same machine (scripts/postgres.sh: fsync off, default shared_buffers), so it shares the two CPUs with the app and the client.",
      ],
    };
  } finally {
    await Promise.all(servers.map(({ server }) => server.stop()));
  }
}

runIfMain(import.meta.url, run);
