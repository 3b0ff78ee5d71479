// The reader door (lib/db/index.ts says which door to use): a read-only better-sqlite3 connection for the
// hot reads (a region's figures, an indicator across regions). bench/scale measured Prisma at 4-6 ms per
// query and 100 ms for 3,000 figures with their relations; the same reads as plain SQL take well under a
// millisecond on the indexes.
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/env";

const globalForReader = globalThis as unknown as { kechanReader?: Database.Database };

/**
 * Rolls back what a writer killed mid-transaction left behind (a hot rollback journal). A read-only
 * connection cannot do it and fails every read with SQLITE_READONLY_ROLLBACK, so one read-write
 * connection opens the file and reads, which makes SQLite roll the journal back. Does nothing to a
 * file without a hot journal; server.ts calls it before serving.
 */
export function recoverHotJournal(file: string = databaseFile()): void {
  withWriter(file, (sqlite) => sqlite.prepare("SELECT count(*) FROM sqlite_master").get());
}

/** A read-write connection on an existing file for one piece of upkeep, closed after it. */
function withWriter(file: string, work: (sqlite: Database.Database) => unknown): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 5000");
    work(sqlite);
  } finally {
    sqlite.close();
  }
}

/**
 * Puts the database in write-ahead-log mode (it stays so: the mode is kept in the file). Readers then go on
 * reading the last committed state while a writer works, instead of waiting for its lock: during a 600,000-row
 * commit the worst read took 7.5 ms in WAL mode against 2.9 s with the rollback journal. server.ts calls it
 * before serving; a file only the CLI or the tests touch keeps whatever mode it has, and both modes are
 * tested for a writer killed mid-write (lib/import/kill.test.ts, lib/db/reader.test.ts).
 */
export function enableWriteAheadLog(file: string = databaseFile()): void {
  withWriter(file, (sqlite) => sqlite.pragma("journal_mode = WAL"));
}

/**
 * Copies the write-ahead log's commits into the database file and empties the log; server.ts calls it when it
 * stops, after the last request. A stopped server's store is then whole in `kechan.db` itself: the log would
 * otherwise keep the latest commits until the next checkpoint, and a copy of `kechan.db` alone would lack them.
 */
export function checkpointWriteAheadLog(file: string = databaseFile()): void {
  globalForReader.kechanReader?.close();
  globalForReader.kechanReader = undefined;
  withWriter(file, (sqlite) => sqlite.pragma("wal_checkpoint(TRUNCATE)"));
}

/** What a read-only connection meets after a writer died: a hot rollback journal, or a WAL index to rebuild. */
const isHotJournalError = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_READONLY_ROLLBACK" || code === "SQLITE_READONLY_RECOVERY";
};

function openReader(): Database.Database {
  const sqlite = new Database(databaseFile(), { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  try {
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    if (!isHotJournalError(error)) throw error;
    recoverHotJournal();
  }
  return sqlite;
}

export function reader(): Database.Database {
  globalForReader.kechanReader ??= openReader();
  return globalForReader.kechanReader;
}

/** SQLite's data_version for this connection: it changes whenever another connection (an import, the seed,
 * another process) commits to the database, which is what the page cache needs to know (lib/http/cached-pages.ts).
 * The page cache asks on every page request, so a writer that died while this server runs is recovered here. */
export function dataVersion(): number {
  try {
    return reader().pragma("data_version", { simple: true }) as number;
  } catch (error) {
    if (!isHotJournalError(error)) throw error;
    recoverHotJournal();
    return reader().pragma("data_version", { simple: true }) as number;
  }
}
