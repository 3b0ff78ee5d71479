// bench/import: rows per second importing synthetic figures (under sources marked as synthetic; never the
// project's own database) into a fresh seeded database, at two sizes: one 100,000-row CSV, and 1,000,000 rows
// as five files of 200,000 (the most one file may hold) imported one after the other into one store, each
// file new figures, so the later files go into a store that already holds the earlier ones. The target: the
// million at ≥ 0.8× the rows per second of the 100,000 (no slowdown with size). Each size gets a fresh
// database of its own, so the two start alike. On SQLite and on PostgreSQL side by side, as the other benches:
// the PostgreSQL server is KECHAN_BENCH_POSTGRES_URL's, else the throwaway one scripts/postgres.sh starts
// (bench/generate.ts); the databases made there are throwaway ones (kechan_test_import_bench…), and the
// database the URL names is not touched.
// Usage: [BENCH_IMPORT_LARGE_ROWS=n] npx tsx bench/import.ts [rows]
//   rows: the small import (100,000); BENCH_IMPORT_LARGE_ROWS: the large one (1,000,000), always in five files,
//   e.g. `BENCH_IMPORT_LARGE_ROWS=20000 npx tsx bench/import.ts 2000` for a quick trial → prints the section as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { closeImportDatabases } from "@/lib/db/writer";
import { providerOf, type DatabaseProvider } from "@/lib/env";
import { importFile } from "@/lib/import";
import { maxImportRows } from "@/lib/validation/import";
import { benchProviders, providerName, createSeededStore } from "./generate";
import { syntheticCsv } from "./lib/synthetic";
import { runIfMain, type BenchSection } from "./lib/types";

// A row count given on the command line; `npm run bench -- import` passes the bench's name there instead.
const rows = Number(process.argv[2]) || 100_000;
const largeRows = Number(process.env.BENCH_IMPORT_LARGE_ROWS) || 1_000_000;
const largeFiles = 5;
const minRatio = 0.8;
const dir = resolve("bench/.out");
const file = resolve(dir, "import-bench.db");
const largeFile = resolve(dir, "import-bench-large.db");

/** One file's import: its wall time, split at the moment it was checked and planned. */
export type FileImport = { rows: number; seconds: number; rowsPerSecond: number; checkSeconds: number; writeSeconds: number };
export type ImportBench = FileImport & { provider: DatabaseProvider };
/** Several files into one store, one after the other: the totals, and each file in order. */
export type LargeImportBench = { provider: DatabaseProvider; rows: number; seconds: number; rowsPerSecond: number; files: FileImport[] };

const perSecond = (count: number, seconds: number) => Math.round(count / seconds);

/** Imports figures `first` … `first + count - 1` of the synthetic sequence into the store at `url` and times it;
 * every one must be new (the bench measures adding figures, not comparing them with stored ones). */
async function timeImport(url: string, count: number, first: number, keepCsv?: string): Promise<FileImport> {
  const bytes = new TextEncoder().encode(syntheticCsv(count, first));
  if (keepCsv) writeFileSync(resolve(dir, keepCsv), bytes);

  const start = performance.now();
  let plannedAt = 0;
  const outcome = await importFile(url, bytes, "import-bench.csv", { write: true, onPlanned: () => (plannedAt = performance.now()) });
  const end = performance.now();
  if (!outcome.ok) throw new Error(`bench import refused: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
  if (outcome.counts.new !== count) throw new Error(`bench import: ${outcome.counts.new} of ${count} figures new (${JSON.stringify(outcome.counts)})`);

  const seconds = (end - start) / 1000;
  return { rows: count, seconds, rowsPerSecond: perSecond(count, seconds), checkSeconds: (plannedAt - start) / 1000, writeSeconds: (end - plannedAt) / 1000 };
}

/** A dry run (checked and planned, nothing written) of the first rows, untimed, so that the measured imports
 * start with the importer's code compiled and the database connections open: otherwise the first measurement
 * of the process carries that cost and the small import looks slower than it is. The store stays fresh. */
async function warmUp(url: string, count: number): Promise<void> {
  const outcome = await importFile(url, new TextEncoder().encode(syntheticCsv(Math.min(count, 10_000))), "warm-up.csv", { write: false });
  if (!outcome.ok) throw new Error(`bench warm-up refused: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
}

/** One file of `count` rows into a fresh seeded database. */
export async function measureImport(count = rows, provider: DatabaseProvider = "sqlite"): Promise<ImportBench> {
  mkdirSync(dir, { recursive: true });
  const url = await createSeededStore(file, provider);
  await warmUp(url, count);
  return { provider: providerOf(url), ...(await timeImport(url, count, 0, "import-bench.csv")) };
}

/** Sizes of `files` files that add up to `total`, as even as can be. */
export function fileSizes(total: number, files: number): number[] {
  return Array.from({ length: files }, (_, i) => Math.floor(total / files) + (i < total % files ? 1 : 0));
}

/** `total` rows as `files` files, one after the other into one fresh seeded database; the files' times are
 * summed (making each file's CSV is not counted, nor the warm-up). */
export async function measureLargeImport(total = largeRows, provider: DatabaseProvider = "sqlite", files = largeFiles): Promise<LargeImportBench> {
  const sizes = fileSizes(total, files);
  if (sizes[0]! > maxImportRows || sizes.at(-1)! < 1) throw new Error(`${total} rows do not make ${files} files of 1 to ${maxImportRows} rows`);
  mkdirSync(dir, { recursive: true });
  const url = await createSeededStore(largeFile, provider);
  await warmUp(url, sizes[0]!);
  const timed: FileImport[] = [];
  let first = 0;
  for (const size of sizes) {
    timed.push(await timeImport(url, size, first));
    first += size;
  }
  const seconds = timed.reduce((sum, f) => sum + f.seconds, 0);
  return { provider: providerOf(url), rows: total, seconds, rowsPerSecond: perSecond(total, seconds), files: timed };
}

const count = (n: number) => n.toLocaleString("en-US");

/** The section's rows for one provider: the small import, the large one, and their ratio. */
export function providerRows(small: ImportBench, large: LargeImportBench): BenchSection["rows"] {
  const name = providerName[small.provider];
  // The targets are SQLite's, the embedded default; PostgreSQL's figures are reported beside them, unjudged.
  const judged = small.provider === "sqlite";
  const ratio = large.rowsPerSecond / small.rowsPerSecond;
  const fileSize = large.files[0]?.rows ?? 0;
  return [
    {
      measure: `import of ${count(small.rows)} rows, ${name}`,
      value: `${small.seconds.toFixed(2)} s (${count(small.rowsPerSecond)} rows/s)`,
      target: judged ? "≤ 3 s" : "—",
      pass: judged ? small.seconds <= 3 : null,
    },
    {
      measure: `import of ${count(large.rows)} rows as ${large.files.length} files of ${count(fileSize)} into one store, ${name}`,
      value: `${large.seconds.toFixed(2)} s (${count(large.rowsPerSecond)} rows/s; file by file ${large.files.map((f) => count(f.rowsPerSecond)).join(" · ")} rows/s)`,
      target: "—",
      pass: null,
    },
    {
      measure: `rows/s at ${count(large.rows)} ÷ rows/s at ${count(small.rows)}, ${name}`,
      value: `${ratio.toFixed(2)}×`,
      target: judged ? `≥ ${minRatio}×` : "—",
      pass: judged ? ratio >= minRatio : null,
    },
  ];
}

function providerNotes(small: ImportBench, large: LargeImportBench): string[] {
  const name = providerName[small.provider];
  const split = (f: FileImport) => `${f.checkSeconds.toFixed(2)} s + ${f.writeSeconds.toFixed(2)} s`;
  return [
    `${name}, ${count(small.rows)} rows: checking and planning ${small.checkSeconds.toFixed(2)} s, writing (one transaction) ${small.writeSeconds.toFixed(2)} s`,
    `${name}, ${count(large.rows)} rows, checking and planning + writing, file by file: ${large.files.map(split).join(" · ")}`,
  ];
}

export async function run(): Promise<BenchSection> {
  try {
    const measured = [];
    for (const provider of benchProviders) {
      measured.push({ small: await measureImport(rows, provider), large: await measureLargeImport(largeRows, provider) });
    }
    return {
      title: "Import",
      rows: measured.flatMap((m) => providerRows(m.small, m.large)),
      notes: [
        ...measured.flatMap((m) => providerNotes(m.small, m.large)),
        `Each size in a fresh seeded database, after an untimed dry run of up to its first 10,000 rows, so that the importer’s code is compiled and its connections open. The large import's files are figures of one synthetic sequence (bench/lib/synthetic.ts), all new: each later file adds later years under the sources the earlier ones created; its rows/s is its rows over the files' summed import times.`,
        "The targets are SQLite's (the embedded default); PostgreSQL's times and its ratio are reported beside them, without pass or fail.",
      ],
    };
  } finally {
    await closeImportDatabases();
  }
}

runIfMain(import.meta.url, run);
