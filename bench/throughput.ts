// bench/throughput: requests per second under 50 concurrent connections on loopback, for the app server (server.ts over the Next build) and,
// as the ceiling for the stage API, the same handler on bare node:http (bench/bare-stage-server.ts).
// Usage: npx tsx bench/throughput.ts   (BENCH_SECONDS=5 to shorten a trial run) → prints the section as JSON.
import { availableParallelism } from "node:os";
import { isDeepStrictEqual } from "node:util";
import { connections, measureLoad, stagePath, startBareServer, type Load } from "./lib/bare-reference";
import { startServer } from "./lib/server";
import { runIfMain, type BenchRow, type BenchSection } from "./lib/types";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);

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
  const next = await startServer({ port: 3221 });
  const bare = await startBareServer(3222);
  try {
    await assertSameAnswers(next.url, bare.url);
    const home = await measureLoad(`${next.url}/`, seconds);
    const stage = await measureLoad(next.url + stagePath, seconds);
    const rssMb = next.rssMb();
    const floor = await measureLoad(bare.url + stagePath, seconds);
    const ratio = stage.requestsPerSecond / floor.requestsPerSecond;
    return {
      title: `Throughput (${connections} connections, ${seconds} s each, loopback)`,
      rows: [
        loadRow("GET / (app server)", home),
        loadRow(`GET ${stagePath} (app server)`, stage),
        loadRow(`GET ${stagePath} (bare node:http)`, floor, true),
        { measure: "Stage API, app server ÷ bare node:http", value: `${ratio.toFixed(2)}×`, target: "≥ 0.5×", pass: ratio >= 0.5 },
      ],
      notes: [
        `autocannon runs in the benchmark's own process on the same ${availableParallelism()}-CPU machine as the server, so it competes for CPU; the ratio is the figure to compare across machines.`,
        `App server resident memory after the load: ${Math.round(rssMb)} MB.`,
      ],
    };
  } finally {
    await bare.stop();
    await next.stop();
  }
}

runIfMain(import.meta.url, run);
