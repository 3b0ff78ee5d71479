// The store in write-ahead-log mode (server.ts puts it there): a reader goes on reading the last committed
// state while a writer is mid-transaction, and a writer killed mid-write leaves nothing behind.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase } from "@/lib/testing/dump-database";
import { createFigureTable, startEndlessWriter } from "@/lib/testing/endless-writer";
import { waitFor } from "@/lib/testing/wait-for";

const file = resolve(".test-dbs/write-ahead.db");
process.env.DATABASE_URL = `file:${file}`;

const logBytes = () => {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
};

beforeAll(async () => {
  createFigureTable(file);
  const { enableWriteAheadLog } = await import("./reader");
  enableWriteAheadLog(file);
});

describe("the store in write-ahead-log mode", () => {
  it("keeps the mode in the file", () => {
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("answers reads while a writer is mid-transaction, and a killed writer changes nothing", async () => {
    const { dataVersion, reader } = await import("./reader");
    const before = dumpDatabase(file);
    const startLog = logBytes();
    const { child, exited } = startEndlessWriter(file);
    // A megabyte of spilled pages: with a rollback journal the writer would now hold the file exclusively,
    // and this read would fail with SQLITE_BUSY after the reader's busy timeout.
    expect(await waitFor(() => logBytes() > startLog + 1_000_000, 30_000)).toBe(true);
    const during = reader().prepare("SELECT count(*) AS n FROM figure").get();
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(during).toEqual({ n: 2000 });

    expect(() => dataVersion()).not.toThrow();
    expect(reader().prepare("SELECT count(*) AS n FROM figure").get()).toEqual({ n: 2000 });
    expect(dumpDatabase(file)).toBe(before);
  }, 60_000);
});
