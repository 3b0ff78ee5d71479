// bench/import: rows per second importing a 100,000-row CSV into a fresh seeded database (synthetic
// figures under a source marked as synthetic; never the project's own database). On SQLite always, and on
// PostgreSQL beside it when a server is named: KECHAN_TEST_POSTGRES_URL, or a DATABASE_URL=postgresql://…,
// on which a throwaway database (kechan_test_import_bench) is made; the database the URL names is not touched.
// Usage: [DATABASE_URL=postgresql://…] npx tsx bench/import.ts [rows]   → prints the measurements as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { closeImportDatabases } from "@/lib/db/writer";
import { databaseUrl, providerOf, type DatabaseProvider } from "@/lib/env";
import { importFile } from "@/lib/import";
import { createTestDatabase, testDatabaseUrl } from "@/seed/test-database";
import { syntheticCsv } from "./lib/synthetic";
import { runIfMain, type BenchSection } from "./lib/types";

// A row count given on the command line; `npm run bench -- import` passes the bench's name there instead.
const rows = Number(process.argv[2]) || 100_000;
const dir = resolve("bench/.out");
const file = resolve(dir, "import-bench.db");

export type ImportBench = { provider: DatabaseProvider; rows: number; seconds: number; rowsPerSecond: number; checkSeconds: number; writeSeconds: number };

/** The PostgreSQL server to measure on as well, if one is named. */
export function postgresServer(): string | undefined {
  if (process.env.KECHAN_TEST_POSTGRES_URL) return process.env.KECHAN_TEST_POSTGRES_URL;
  const url = databaseUrl();
  return providerOf(url) === "postgresql" ? url : undefined;
}

/** A fresh seeded database named after `file` on SQLite (`server` undefined) or on the PostgreSQL server; its
 * URL. The test databases' helpers choose the provider by KECHAN_TEST_POSTGRES_URL, set for the call and put back. */
export async function freshDatabase(file: string, server: string | undefined): Promise<string> {
  const before = process.env.KECHAN_TEST_POSTGRES_URL;
  if (server) process.env.KECHAN_TEST_POSTGRES_URL = server;
  else delete process.env.KECHAN_TEST_POSTGRES_URL;
  try {
    const db = await createTestDatabase(file, { seed: true });
    await db.$disconnect();
    return testDatabaseUrl(file);
  } finally {
    if (before === undefined) delete process.env.KECHAN_TEST_POSTGRES_URL;
    else process.env.KECHAN_TEST_POSTGRES_URL = before;
  }
}

export async function measureImport(count = rows, server?: string): Promise<ImportBench> {
  mkdirSync(dir, { recursive: true });
  const url = await freshDatabase(file, server);
  const bytes = new TextEncoder().encode(syntheticCsv(count));
  writeFileSync(resolve(dir, "import-bench.csv"), bytes);

  const start = performance.now();
  let plannedAt = 0;
  const outcome = await importFile(url, bytes, "import-bench.csv", { write: true, onPlanned: () => (plannedAt = performance.now()) });
  const end = performance.now();
  if (!outcome.ok) throw new Error(`bench import refused: ${JSON.stringify(outcome.issues.slice(0, 3))}`);

  const seconds = (end - start) / 1000;
  return {
    provider: providerOf(url),
    rows: count,
    seconds,
    rowsPerSecond: Math.round(count / seconds),
    checkSeconds: (plannedAt - start) / 1000,
    writeSeconds: (end - plannedAt) / 1000,
  };
}

const providerName = { sqlite: "SQLite", postgresql: "PostgreSQL" } as const;

export async function run(): Promise<BenchSection> {
  const server = postgresServer();
  try {
    const results = [await measureImport()];
    if (server) results.push(await measureImport(rows, server));
    return {
      title: "Import",
      rows: results.map((result) => ({
        measure: `import of ${result.rows.toLocaleString("en-US")} rows, ${providerName[result.provider]}`,
        value: `${result.seconds.toFixed(2)} s (${result.rowsPerSecond.toLocaleString("en-US")} rows/s)`,
        // The target is SQLite's, the embedded default; PostgreSQL's time is reported beside it.
        target: result.provider === "sqlite" ? "≤ 3 s" : "—",
        pass: result.provider === "sqlite" ? result.seconds <= 3 : null,
      })),
      notes: results.map((r) => `${providerName[r.provider]}: checking and planning ${r.checkSeconds.toFixed(2)} s, writing (one transaction) ${r.writeSeconds.toFixed(2)} s`),
    };
  } finally {
    await closeImportDatabases();
  }
}

runIfMain(import.meta.url, run);
