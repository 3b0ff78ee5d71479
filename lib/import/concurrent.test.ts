// Two imports at once (issue 14, finding 8): two CLI processes writing files that name the same new
// source, region and indicator both end well — the second waits for the first and plans against what it
// wrote — or the second is told an import is running; never "database is locked" or a unique-key crash.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { beforeEach, describe, expect, it } from "vitest";
import { dumpDatabase } from "@/lib/testing/dump-database";
import { createFixtureDatabase } from "./__fixtures__/fixture-db";
import { importProblemText } from "@/lib/i18n/zh-CN-import";
import { importFile } from "./index";

const file = resolve(".test-dbs/concurrent.db");
beforeEach(() => {
  createFixtureDatabase(file);
});

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
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("exit", (code) => done({ code, stderr })));
}

const count = (sql: string) => {
  const sqlite = openDatabaseFile(file, { readonly: true });
  try {
    return (sqlite.prepare(sql).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

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
      expect(stderr).not.toMatch(/database is locked|UNIQUE|SQLITE_|at .*\.ts:\d+/);
      if (code !== 0) expect(stderr).toContain(importProblemText["import-running"]);
    }
    expect(results.some((r) => r.code === 0)).toBe(true);

    // Each new thing once, and every figure of each file that was written.
    expect(count(`SELECT count(*) AS n FROM "Region" WHERE slug = 'concurrent-zone'`)).toBe(1);
    expect(count(`SELECT count(*) AS n FROM "Indicator" WHERE code = 'concurrent-index'`)).toBe(1);
    expect(count(`SELECT count(*) AS n FROM "Source" WHERE titleZh = '并发测试来源-0'`)).toBe(1);
    const [aOk, bOk] = results.map((r) => r.code === 0);
    expect(count(`SELECT count(*) AS n FROM "Observation"`)).toBe((aOk ? 40_000 : 0) + (bOk ? 40_000 : 0) + (bOk && !aOk ? 400 : 0));
  }, 180_000);

  it("answers import-running, writing nothing, when another writer holds the store longer than it waits", () => {
    const holder = openDatabaseFile(file);
    holder.prepare("BEGIN IMMEDIATE").run();
    try {
      const before = dumpDatabase(file);
      const bytes = new TextEncoder().encode("indicator,region,year,value\ngdp-per-capita-cny,cn,2020,1\n");
      const started = Date.now();
      const outcome = importFile(file, bytes, "a.csv", { write: true, waitMs: 300 });
      expect(outcome).toMatchObject({ ok: false, issues: [{ line: 0, problem: "import-running" }] });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      holder.prepare("ROLLBACK").run();
      expect(dumpDatabase(file)).toBe(before);
    } finally {
      if (holder.inTransaction) holder.prepare("ROLLBACK").run();
      holder.close();
    }
  });
});
