// The read-only connection after a crash: a writer SIGKILLed mid-transaction leaves a hot rollback journal,
// which a read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK). The reader must recover and
// read the data as it was before the cut-off write.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase } from "@/lib/testing/dump-database";
import { createFigureTable, startEndlessWriter } from "@/lib/testing/endless-writer";
import { waitFor } from "@/lib/testing/wait-for";

const file = resolve(".test-dbs/hot-journal.db");
process.env.DATABASE_URL = `file:${file}`;


/** Leaves `file` with a hot journal, as a server or import killed mid-write does. */
async function killWriterMidWrite(): Promise<void> {
  const { child, exited } = startEndlessWriter(file);
  // The journal appears on the first write; give the writer time to spill pages into the database file.
  expect(await waitFor(() => existsSync(`${file}-journal`), 30_000)).toBe(true);
  await new Promise((r) => setTimeout(r, 300));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  expect(existsSync(`${file}-journal`)).toBe(true);
}

beforeAll(() => {
  createFigureTable(file);
});

describe("reader() after a writer was killed mid-write", () => {
  it("rolls the hot journal back on its first open and reads the data as it was", async () => {
    const before = dumpDatabase(file);
    await killWriterMidWrite();
    // What a plain read-only connection meets: the error behind the 500s after a crash restart.
    const plain = new Database(file, { readonly: true, fileMustExist: true });
    expect(() => plain.prepare("SELECT count(*) AS n FROM figure").get()).toThrow(expect.objectContaining({ code: "SQLITE_READONLY_ROLLBACK" }));
    plain.close();

    const { reader } = await import("./reader");
    expect(reader().prepare("SELECT count(*) AS n FROM figure").get()).toEqual({ n: 2000 });
    expect(existsSync(`${file}-journal`)).toBe(false);
    expect(dumpDatabase(file)).toBe(before);
  }, 60_000);

  it("recovers when a writer dies while the reader is open", async () => {
    const { dataVersion, reader } = await import("./reader");
    const before = dumpDatabase(file);
    await killWriterMidWrite();
    expect(() => dataVersion()).not.toThrow();
    expect(reader().prepare("SELECT count(*) AS n FROM figure").get()).toEqual({ n: 2000 });
    expect(dumpDatabase(file)).toBe(before);
  }, 60_000);
});
