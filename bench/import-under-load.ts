// bench/import-under-load: does a large import stop the server answering? 20 connections read pages and
// the stage API from the production server, first alone, then while an editor imports 150,000 rows through
// POST /api/v1/import (logged in through the session API, or the login form where there is none). Same
// run, same server, same load: the p99 during the import must stay within 3× the p99 without it, with 0
// errors either way.
// On SQLite and then on PostgreSQL (a throwaway database on the bench's server, as for bench/import).
// Usage: npx tsx bench/import-under-load.ts   (BENCH_SECONDS=5 shortens the reference phase) → JSON.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import type { DatabaseProvider } from "@/lib/env";
import { benchProviders, createSeededStore, providerName } from "./generate";
import { startServer, type BenchServer } from "./lib/server";
import { syntheticCsv } from "./lib/synthetic";
import { percentile, runIfMain, type BenchSection } from "./lib/types";

const connections = 20;
const importRows = 150_000;
const referenceSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const maxRatio = 3;
const password = "bench-editor-password";
const paths = ["/", "/regions/cn", "/indicators", "/stages", "/api/v1/stage?gdp=13953", "/api/v1/stage?gdp=4200&growth=5"];

type Sample = { at: number; ms: number; ok: boolean; status: number };
type LoadRun = { samples: Sample[]; errors: number; errorKinds: Map<string, number>; stop: () => Promise<void> };

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Starts the read load; every response is kept with when it arrived, so a window of it can be measured. */
function startLoad(url: string, seconds: number): LoadRun {
  const samples: Sample[] = [];
  const errorKinds = new Map<string, number>();
  let errors = 0;
  let stopping = false;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  // With a callback autocannon hands back the running instance, whose events carry each response.
  const instance = autocannon({ url, connections, duration: seconds, requests: paths.map((path) => ({ method: "GET", path })) }, () => finished());
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    samples.push({ at: performance.now(), ms: responseTime, ok: statusCode >= 200 && statusCode < 300, status: statusCode });
  });
  // Requests cut off by stopping the load are not the server's errors.
  instance.on("reqError", (error: Error & { code?: string }) => {
    if (stopping) return;
    errors++;
    const kind = error.code ?? error.message;
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  });
  return {
    samples,
    errorKinds,
    get errors() {
      return errors;
    },
    stop: async () => {
      stopping = true;
      instance.stop();
      await done;
    },
  };
}

/** The editor's session cookie: from the session API (POST /api/v1/session) where it exists, else the login page. */
async function logIn(server: BenchServer): Promise<string> {
  const answer = await fetch(`${server.url}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ password }),
    redirect: "manual",
  });
  const cookies = answer.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (answer.ok && cookies.length > 0) return cookies.join("; ");
  if (answer.status !== 404 && answer.status !== 405) throw new Error(`POST /api/v1/session answered ${answer.status}`);
  return logInThroughForm(server);
}

async function logInThroughForm(server: BenchServer): Promise<string> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ locale: "zh-CN" });
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/admin\/import$/, { timeout: 30_000 });
    const cookies = await page.context().cookies();
    if (cookies.length === 0) throw new Error("logging in set no cookie");
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

function summary(samples: Sample[]) {
  const ms = samples.map((s) => s.ms);
  return { requests: samples.length, p99: round(percentile(ms, 99)), p50: round(percentile(ms, 50)), max: round(Math.max(...ms)), failed: samples.filter((s) => !s.ok).length };
}

/** The section's rows for one database, each measure named after it. */
async function measure(provider: DatabaseProvider): Promise<BenchSection["rows"]> {
  const name = providerName[provider];
  const databaseUrl = await createSeededStore(resolve("bench/.out/import-under-load.db"), provider);
  const csv = new TextEncoder().encode(syntheticCsv(importRows));
  const server = await startServer({ port: 3241, databaseUrl, env: { KECHAN_EDITOR_PASSWORD: password } });
  try {
    const cookie = await logIn(server);
    // Warm up: every route's code loaded (a first render can take seconds) and optimised, every page in
    // the page cache.
    for (const path of paths) for (let i = 0; i < 3; i++) await (await fetch(server.url + path)).arrayBuffer();
    await autocannon({ url: server.url, connections, duration: 3, requests: paths.map((path) => ({ method: "GET", path })) });

    const reference = startLoad(server.url, referenceSeconds);
    await new Promise((r) => setTimeout(r, referenceSeconds * 1000 + 500));
    await reference.stop();

    const loaded = startLoad(server.url, 600);
    await new Promise((r) => setTimeout(r, 1000));
    const form = new FormData();
    form.set("file", new Blob([csv], { type: "text/csv" }), "under-load.csv");
    const started = performance.now();
    const response = await fetch(`${server.url}/api/v1/import`, { method: "POST", body: form, headers: { cookie, origin: server.url } });
    const body = (await response.json()) as { counts?: { new: number }; error?: string };
    const ended = performance.now();
    await loaded.stop();
    if (!response.ok || body.counts?.new !== importRows) throw new Error(`import answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);

    const alone = summary(reference.samples);
    const during = summary(loaded.samples.filter((s) => s.at >= started && s.at <= ended));
    const errors = reference.errors + loaded.errors + alone.failed + loaded.samples.filter((s) => !s.ok).length;
    // What the errors were: a status other than 2xx, or the request's own failure (a timeout, a reset).
    const kinds = new Map<string, number>();
    for (const s of [...reference.samples, ...loaded.samples]) if (!s.ok) kinds.set(`HTTP ${s.status}`, (kinds.get(`HTTP ${s.status}`) ?? 0) + 1);
    for (const [kind, n] of [...reference.errorKinds, ...loaded.errorKinds]) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
    const errorsSaid = kinds.size === 0 ? "0" : `${errors} (${[...kinds].map(([kind, n]) => `${kind}: ${n}`).join(", ")})`;
    const ratio = during.p99 / alone.p99;
    return [
      { measure: `${name}: import of ${importRows.toLocaleString("en-US")} rows through POST /api/v1/import`, value: `${((ended - started) / 1000).toFixed(2)} s`, target: "—", pass: null },
      { measure: `${name}: reads without an import`, value: `${alone.requests} requests, p50 ${alone.p50} ms, p99 ${alone.p99} ms, max ${alone.max} ms`, target: "reference", pass: null },
      { measure: `${name}: reads during the import`, value: `${during.requests} requests, p50 ${during.p50} ms, p99 ${during.p99} ms, max ${during.max} ms`, target: "—", pass: null },
      { measure: `${name}: p99 during ÷ p99 without`, value: `${ratio.toFixed(2)}×`, target: `≤ ${maxRatio}×`, pass: ratio <= maxRatio },
      { measure: `${name}: read errors and non-2xx, both phases`, value: errorsSaid, target: "0", pass: errors === 0 },
    ];
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<BenchSection> {
  const rows: BenchSection["rows"] = [];
  for (const provider of benchProviders) rows.push(...(await measure(provider)));
  return {
    title: `Import under load (${connections} connections reading pages and the stage API)`,
    rows,
    notes: [
      `Paths, in turn on each connection: ${paths.join(", ")}. Reference phase ${referenceSeconds} s after a 3 s warm-up; the import's window runs from sending the file to its answer (upload, check, plan, one transaction).`,
      "The import runs on a worker thread (lib/import/run-import.ts); the load generator shares the machine's CPUs with the server and its worker. Each database gets a fresh seeded store and a server of its own, one after the other.",
    ],
  };
}

runIfMain(import.meta.url, run);
