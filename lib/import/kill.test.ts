// A killed import leaves the database exactly as it was: the CLI is SIGKILLed while its transaction is
// writing, and nothing of it remains. On SQLite, in either journal mode: its rollback journal exists, or its
// pages are spilling into the write-ahead log, and the next open rolls everything back (or ignores the
// uncommitted log); those two are about SQLite's files and run on SQLite only. On PostgreSQL the server sees
// the client's connection go and rolls its transaction back, releasing the import lock.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { sql } from "kysely";
import { openDatabaseFile } from "@/lib/db/file";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseUrl, testPostgresServer } from "@/seed/test-database";
import { closeImportDatabases, importLockKey, readImportDatabase } from "@/lib/db/writer";
import { dumpDatabase, dumpStore } from "@/lib/testing/dump-database";
import { waitFor } from "@/lib/testing/wait-for";
import { enableWriteAheadLog } from "@/lib/db/reader";
import { importFile } from "./index";

const onPostgres = testPostgresServer() !== undefined;
const file = resolve(".test-dbs/kill.db");
const walFile = resolve(".test-dbs/kill-wal.db");
const csv = resolve(".test-dbs/kill-import.csv");

beforeAll(async () => {
  const db = await createTestDatabase(file, { seed: true });
  await db.$disconnect();
  if (!onPostgres) {
    // The same seeded store, copied while closed, in the other journal mode.
    for (const suffix of ["-wal", "-shm"]) rmSync(walFile + suffix, { force: true });
    copyFileSync(file, walFile);
    enableWriteAheadLog(walFile);
  }
  mkdirSync(resolve(".test-dbs"), { recursive: true });
  // 150,000 new figures: three indicators × 200 years × 250 sources, enough to keep the writer busy.
  const lines = ["indicator,region,year,value,source"];
  for (const indicator of ["industrial-rnd-intensity", "enterprise-rnd-share", "gdp-growth-forecast"]) {
    for (let s = 0; s < 250; s++) for (let year = 1900; year < 2100; year++) lines.push(`${indicator},jiangxi,${year},${(year % 17) + s / 100},kill-test-${s}`);
  }
  writeFileSync(csv, lines.join("\n"));
}, 60_000);

afterAll(closeImportDatabases);

/** Starts the import CLI on the database `url` names; resolves with the signal it died of. */
function startImport(url: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", csv], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, signal) => done(signal)));
  return { child, exited };
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);

describe.skipIf(onPostgres)("an import killed mid-write (SQLite)", () => {
  it("leaves the database exactly as before", async () => {
    const before = dumpDatabase(file);
    const { child, exited } = startImport(`file:${file}`);
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
    const { child, exited } = startImport(`file:${walFile}`);
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

describe.runIf(onPostgres)("an import killed mid-write (PostgreSQL)", () => {
  const url = testDatabaseUrl(file);

  /** The server process (pid) of the session holding the import lock in this database, if any. */
  const lockHolder = () =>
    readImportDatabase(url, async (db) => {
      const { rows } = await sql<{ pid: number }>`
        SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ${importLockKey} AND d.datname = current_database()`.execute(db);
      return rows[0]?.pid;
    });
  /** The figures table's size on disk: uncommitted rows take room in it too. */
  const figuresBytes = () =>
    readImportDatabase(url, async (db) => (await sql<{ bytes: number }>`SELECT pg_total_relation_size('"Observation"') AS bytes`.execute(db)).rows[0]!.bytes);
  const isConnected = (pid: number) =>
    readImportDatabase(url, async (db) => (await sql<{ n: number }>`SELECT count(*) AS n FROM pg_stat_activity WHERE pid = ${pid}`.execute(db)).rows[0]!.n > 0);

  async function poll(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      if (await condition()) return true;
      await new Promise((r) => setTimeout(r, 10));
    }
    return false;
  }

  it("leaves the database exactly as before: the server rolls the killed client's transaction back", async () => {
    const before = await dumpStore(url);
    const startBytes = await figuresBytes();
    const { child, exited } = startImport(url);
    // Writing: the CLI's session holds the import lock and 4 MB of its uncommitted figures are in the table.
    let holder: number | undefined;
    const writing = await poll(async () => (holder ??= await lockHolder()) !== undefined && (await figuresBytes()) > startBytes + 4_000_000, 60_000);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(writing).toBe(true);

    // The server notices the connection is gone, rolls the transaction back and ends the session.
    expect(await poll(async () => !(await isConnected(holder!)), 30_000)).toBe(true);
    expect(await lockHolder()).toBeUndefined();
    expect(await dumpStore(url)).toBe(before);
    // And the lock is free: the next import does not wait.
    const next = await importFile(url, new TextEncoder().encode("indicator,region,year,value,source\nindustrial-rnd-intensity,jiangxi,2000,1,kill-test-after\n"), "after.csv", { write: true, waitMs: 0 });
    expect(next).toMatchObject({ ok: true, written: true, counts: { new: 1 } });
  }, 120_000);
});
