// bench/throughput: requests per second under 50 concurrent connections on loopback, for the app server (server.ts over the Next build)
// on SQLite and on PostgreSQL side by side, each on a throwaway seeded store of its own (never the development database), and, as
// the ceiling for the stage API, the same handler on bare node:http (bench/bare-stage-server.ts).
// Usage: npx tsx bench/throughput.ts   (BENCH_SECONDS=5 to shorten a trial run) → prints the section as JSON.
import { availableParallelism } from "node:os";
import { isDeepStrictEqual } from "node:util";
import type { DatabaseProvider } from "@/lib/env";
import { createSeededStore } from "./generate";
import { connections, measureLoad, stagePath, startBareServer, type Load } from "./lib/bare-reference";
import { startServer, type BenchServer } from "./lib/server";
import { runIfMain, type BenchRow, type BenchSection } from "./lib/types";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const providers: { provider: DatabaseProvider; name: string; port: number }[] = [
  { provider: "sqlite", name: "SQLite", port: 3221 },
  { provider: "postgresql", name: "PostgreSQL", port: 3223 },
];

function loadRow(measure: string, l: Load, isReference = false): BenchRow {
  return {
    measure,
    value: `${Math.round(l.requestsPerSecond)} req/s, p99 ${l.p99Ms} ms, ${l.errors} errors, ${l.non2xx} non-2xx`,
    target: isReference ? "reference" : "0 errors, 0 non-2xx",
    pass: isReference ? null : l.errors === 0 && l.non2xx === 0,
  };
}

/** The comparison only means something if both servers answer the same thing, errors included. */
async function assertSameAnswers(nextUrl: string, bareUrl: string) {
  for (const path of [stagePath, "/api/v1/stage?gdp=abc"]) {
    const [a, b] = await Promise.all([fetch(nextUrl + path), fetch(bareUrl + path)]);
    const [bodyA, bodyB] = await Promise.all([a.json(), b.json()]);
    if (a.status !== b.status || !isDeepStrictEqual(bodyA, bodyB)) throw new Error(`bare server differs from the app server on ${path}`);
  }
}

export async function run(): Promise<BenchSection> {
  const apps: { name: string; server: BenchServer }[] = [];
  const bare = await startBareServer(3222);
  try {
    for (const { provider, name, port } of providers) {
      const databaseUrl = await createSeededStore("bench/.out/throughput.db", provider);
      apps.push({ name, server: await startServer({ port, databaseUrl }) });
    }
    for (const { server } of apps) await assertSameAnswers(server.url, bare.url);
    const rows: BenchRow[] = [];
    const notes: string[] = [];
    const home: Load[] = [];
    for (const { name, server } of apps) {
      const load = await measureLoad(`${server.url}/`, seconds);
      home.push(load);
      rows.push(loadRow(`GET / (app server, ${name})`, load));
    }
    const stage: Load[] = [];
    for (const { name, server } of apps) {
      const load = await measureLoad(server.url + stagePath, seconds);
      stage.push(load);
      rows.push(loadRow(`GET ${stagePath} (app server, ${name})`, load));
      notes.push(`App server on ${name}: resident memory after the load ${Math.round(server.rssMb())} MB.`);
    }
    const floor = await measureLoad(bare.url + stagePath, seconds);
    rows.push(loadRow(`GET ${stagePath} (bare node:http)`, floor, true));
    for (const [i, { name }] of apps.entries()) {
      const ratio = stage[i]!.requestsPerSecond / floor.requestsPerSecond;
      rows.push({ measure: `Stage API, app server on ${name} ÷ bare node:http`, value: `${ratio.toFixed(2)}×`, target: "≥ 0.5×", pass: ratio >= 0.5 });
    }
    const homeRatio = home[1]!.requestsPerSecond / home[0]!.requestsPerSecond;
    rows.push({ measure: "GET /, PostgreSQL ÷ SQLite", value: `${homeRatio.toFixed(2)}×`, target: "reported", pass: null });
    return {
      title: `Throughput (${connections} connections, ${seconds} s each, loopback, SQLite and PostgreSQL)`,
      rows,
      notes: [
        `autocannon runs in the benchmark's own process on the same ${availableParallelism()}-CPU machine as the server (and the PostgreSQL server), so it competes for CPU; the ratios are the figures to compare across machines.`,
        "Each provider's app server reads a throwaway seeded store (bench/.out/throughput.db; kechan_test_throughput on the bench's PostgreSQL server). A page opened again comes from the page cache (lib/http/page-cache.ts), so GET / mostly measures the server and the cache's check that the data did not change.",
        ...notes,
      ],
    };
  } finally {
    await bare.stop();
    await Promise.all(apps.map(({ server }) => server.stop()));
  }
}

runIfMain(import.meta.url, run);
