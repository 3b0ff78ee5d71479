// A killed import leaves the database exactly as it was, in either journal mode: the CLI is SIGKILLed while
// its transaction is writing (its rollback journal exists, or its pages are spilling into the write-ahead log),
// and the next open rolls everything back (or ignores the uncommitted log).
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/seed/test-database";
import type { Db } from "@/lib/db/prisma-client";
import { dumpDatabase } from "@/lib/testing/dump-database";
import { waitFor } from "@/lib/testing/wait-for";
import { enableWriteAheadLog } from "@/lib/db/reader";

const file = resolve(".test-dbs/kill.db");
const walFile = resolve(".test-dbs/kill-wal.db");
const csv = resolve(".test-dbs/kill-import.csv");
let db: Db;

beforeAll(async () => {
  db = await createTestDatabase(file, { seed: true });
  await db.$disconnect();
  // The same seeded store, copied while closed, in the other journal mode.
  for (const suffix of ["-wal", "-shm"]) rmSync(walFile + suffix, { force: true });
  copyFileSync(file, walFile);
  enableWriteAheadLog(walFile);
  mkdirSync(resolve(".test-dbs"), { recursive: true });
  // 150,000 new figures: three indicators × 200 years × 250 sources, enough to keep the writer busy.
  const lines = ["indicator,region,year,value,source"];
  for (const indicator of ["industrial-rnd-intensity", "enterprise-rnd-share", "gdp-growth-forecast"]) {
    for (let s = 0; s < 250; s++) for (let year = 1900; year < 2100; year++) lines.push(`${indicator},jiangxi,${year},${(year % 17) + s / 100},kill-test-${s}`);
  }
  writeFileSync(csv, lines.join("\n"));
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
});

/** Starts the import CLI on `target`; resolves with the signal it died of. */
function startImport(target: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", csv], {
    env: { ...process.env, DATABASE_URL: `file:${target}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
  return { child, exited };
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);


describe("an import killed mid-write", () => {
  it("leaves the database exactly as before", async () => {
    const before = dumpDatabase(file);
    const { child, exited } = startImport(file);
    const journal = `${file}-journal`;
    // The rollback journal appears when the transaction first writes a page: kill it then.
    const writing = await waitFor(() => existsSync(journal), 60_000);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(writing).toBe(true);
    expect(existsSync(journal)).toBe(true); // a hot journal: the write was cut off mid-way

    // Opening the file rolls the hot journal back.
    openDatabaseFile(file).close();
    expect(dumpDatabase(file)).toBe(before);
  }, 120_000);

  it("leaves a database in write-ahead-log mode exactly as before", async () => {
    const before = dumpDatabase(walFile);
    const log = `${walFile}-wal`;
    const startLog = sizeOf(log);
    const { child, exited } = startImport(walFile);
    // Pages spill into the log while the transaction is open; 4 MB of them is well before the commit.
    const writing = await waitFor(() => sizeOf(log) > startLog + 4_000_000, 60_000);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(writing).toBe(true);

    const reopened = openDatabaseFile(walFile);
    expect(reopened.pragma("journal_mode", { simple: true })).toBe("wal");
    reopened.close();
    expect(dumpDatabase(walFile)).toBe(before);
  }, 120_000);
});
