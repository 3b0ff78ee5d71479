// Two imports at once (issue 14, finding 8): two CLI processes writing files that name the same new
// source, region and indicator both end well — the second waits for the first and plans against what it
// wrote — or the second is told an import is running; never "database is locked" or a unique-key crash.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeImportDatabases, openImportDatabase, readImportDatabase, type ImportQuery } from "@/lib/db/writer";
import { dumpStore } from "@/lib/testing/dump-database";
import { createFixtureDatabase } from "./__fixtures__/fixture-db";
import { importProblemText } from "@/lib/i18n/zh-CN-import";
import { importFile } from "./index";

let url: string;
beforeEach(async () => {
  url = await createFixtureDatabase(resolve(".test-dbs/concurrent.db"));
});
afterAll(closeImportDatabases);

const header = "indicator,region,year,value,source,region_name_zh,region_level,region_parent,indicator_name_zh,unit";

/** Rows under one new source, one new region and one new indicator; `offset` keeps the two files' figures apart. */
function sharedNewThings(rows: number, offset: number): string {
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const region = Math.floor(i / 200) % 2 === 0 ? "concurrent-zone" : "jiangxi";
    lines.push(`concurrent-index,${region},${1900 + (i % 200)},${offset + i},并发测试来源-${Math.floor(i / 400) + offset},并发新区,zone,jiangxi,并发指数,percent`);
  }
  return lines.join("\n");
}

function runCli(path: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", path], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("exit", (code) => done({ code, stderr })));
}

/** How many rows a query counts, on the test's database. */
const count = (query: (db: ImportQuery) => Promise<{ n: number }>) => readImportDatabase(url, async (db) => (await query(db)).n);

describe("two imports at once", () => {
  it("from two processes naming the same new source, region and indicator both succeed or one is told to wait", async () => {
    mkdirSync(resolve(".test-dbs"), { recursive: true });
    const a = resolve(".test-dbs/concurrent-a.csv");
    const b = resolve(".test-dbs/concurrent-b.csv");
    // The same first source title in both files (offset 0), and figures of their own after it.
    writeFileSync(a, sharedNewThings(40_000, 0));
    writeFileSync(b, [sharedNewThings(400, 0), ...sharedNewThings(40_000, 1_000).split("\n").slice(1)].join("\n"));

    const results = await Promise.all([runCli(a), runCli(b)]);
    for (const { code, stderr } of results) {
      expect(stderr).not.toMatch(/database is locked|UNIQUE|duplicate key|SQLITE_|deadlock|at .*\.ts:\d+/);
      if (code !== 0) expect(stderr).toContain(importProblemText["import-running"]);
    }
    expect(results.some((r) => r.code === 0)).toBe(true);

    // Each new thing once, and every figure of each file that was written.
    expect(await count((db) => db.selectFrom("Region").select((eb) => eb.fn.countAll<number>().as("n")).where("slug", "=", "concurrent-zone").executeTakeFirstOrThrow())).toBe(1);
    expect(await count((db) => db.selectFrom("Indicator").select((eb) => eb.fn.countAll<number>().as("n")).where("code", "=", "concurrent-index").executeTakeFirstOrThrow())).toBe(1);
    expect(await count((db) => db.selectFrom("Source").select((eb) => eb.fn.countAll<number>().as("n")).where("titleZh", "=", "并发测试来源-0").executeTakeFirstOrThrow())).toBe(1);
    const [aOk, bOk] = results.map((r) => r.code === 0);
    expect(await count((db) => db.selectFrom("Observation").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow())).toBe(
      (aOk ? 40_000 : 0) + (bOk ? 40_000 : 0) + (bOk && !aOk ? 400 : 0),
    );
  }, 180_000);

  it("answers import-running, writing nothing, when another import holds the store longer than it waits", async () => {
    const before = await dumpStore(url);
    // The other import: the writer door's transaction, holding the import lock (SQLite's write lock, or
    // PostgreSQL's advisory lock) while this one tries.
    const holder = openImportDatabase(url);
    try {
      const held = await holder.inWriteTransaction(1000, async () => {
        const bytes = new TextEncoder().encode("indicator,region,year,value\ngdp-per-capita-cny,cn,2020,1\n");
        const started = Date.now();
        const outcome = await importFile(url, bytes, "a.csv", { write: true, waitMs: 300 });
        return { outcome, waitedMs: Date.now() - started };
      });
      expect(held.ok).toBe(true);
      if (!held.ok) return;
      expect(held.result.outcome).toMatchObject({ ok: false, issues: [{ line: 0, problem: "import-running" }] });
      expect(held.result.waitedMs).toBeGreaterThanOrEqual(250);
    } finally {
      await holder.close();
    }
    expect(await dumpStore(url)).toBe(before);
    // Once the holder is done, the same import goes through.
    const after = await importFile(url, new TextEncoder().encode("indicator,region,year,value\ngdp-per-capita-cny,cn,2020,1\n"), "a.csv", { write: true, waitMs: 300 });
    expect(after).toMatchObject({ ok: true, counts: { new: 1 } });
  });
});
