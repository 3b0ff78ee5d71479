// The writer door (lib/db/index.ts says which door to use): the importer's access to the SQLite file, for
// one transaction that writes a whole plan. better-sqlite3 directly (not Prisma) so 100,000 rows go in one
// fast, atomic transaction; a process killed mid-way leaves the file as it was (SQLite rolls the journal
// back on the next open). What is read and written is lib/import/store.ts's business; it takes the handle.
import Database from "better-sqlite3";

/** The importer's handle on the database file. */
export type ImportDatabase = Database.Database;

export function openImportDatabase(file: string): ImportDatabase {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  // Room for a whole import's pages in memory (up to 256 MB, taken only as needed): SQLite then takes the
  // exclusive lock, which stops the server's readers, only for the commit instead of from the first spill.
  sqlite.pragma("cache_size = -262144");
  return sqlite;
}

/**
 * Runs `work` in a transaction that holds the write lock from its start (BEGIN IMMEDIATE), waiting up to
 * `waitMs` for another writer; `busy` when it did not get the lock in time. `work` writes nothing unless
 * it returns normally (an exception rolls everything back).
 */
export function inWriteTransaction<T>(sqlite: ImportDatabase, waitMs: number, work: () => T): { ok: true; result: T } | { ok: false; busy: true } {
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
  try {
    return { ok: true, result: sqlite.transaction(work).immediate() };
  } catch (error) {
    if (isBusy(error) && !sqlite.inTransaction) return { ok: false, busy: true };
    throw error;
  } finally {
    sqlite.pragma("busy_timeout = 5000");
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

/** A short read-only look at the file (the import page's indicator choices): `read` gets a read-only handle, closed when it returns. */
export function readImportDatabase<T>(file: string, read: (sqlite: ImportDatabase) => T): T {
  const sqlite = new Database(file, { fileMustExist: true, readonly: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}
