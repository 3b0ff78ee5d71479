// bench/import: rows per second importing a 100,000-row CSV into a fresh seeded database (synthetic
// figures under a source marked as synthetic; never the project's own database).
// Usage: npx tsx bench/import.ts [rows]   → prints the measurements as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { importFile } from "@/lib/import";
import { createTestDatabase } from "@/seed/test-database";
import { syntheticCsv } from "./lib/synthetic";
import { runIfMain, type BenchSection } from "./lib/types";

// A row count given on the command line; `npm run bench -- import` passes the bench's name there instead.
const rows = Number(process.argv[2]) || 100_000;
const dir = resolve("bench/.out");
mkdirSync(dir, { recursive: true });
const file = resolve(dir, "import-bench.db");

export type ImportBench = { rows: number; seconds: number; rowsPerSecond: number; checkSeconds: number; writeSeconds: number };

export async function measureImport(count = rows): Promise<ImportBench> {
  const db = await createTestDatabase(file, { seed: true });
  await db.$disconnect();
  const bytes = new TextEncoder().encode(syntheticCsv(count));
  writeFileSync(resolve(dir, "import-bench.csv"), bytes);

  const start = performance.now();
  let plannedAt = 0;
  const outcome = importFile(file, bytes, "import-bench.csv", { write: true, onPlanned: () => (plannedAt = performance.now()) });
  const end = performance.now();
  if (!outcome.ok) throw new Error(`bench import refused: ${JSON.stringify(outcome.issues.slice(0, 3))}`);

  const seconds = (end - start) / 1000;
  return {
    rows: count,
    seconds,
    rowsPerSecond: Math.round(count / seconds),
    checkSeconds: (plannedAt - start) / 1000,
    writeSeconds: (end - plannedAt) / 1000,
  };
}

export async function run(): Promise<BenchSection> {
  const result = await measureImport();
  return {
    title: "Import",
    rows: [
      { measure: `import of ${result.rows.toLocaleString("en-US")} rows`, value: `${result.seconds.toFixed(2)} s (${result.rowsPerSecond.toLocaleString("en-US")} rows/s)`, target: "≤ 3 s", pass: result.seconds <= 3 },
    ],
    notes: [`checking and planning ${result.checkSeconds.toFixed(2)} s, writing (one transaction) ${result.writeSeconds.toFixed(2)} s`],
  };
}

runIfMain(import.meta.url, run);
