// The writer door (lib/db/index.ts says which door to use): the importer's access to the store, for the one
// transaction that writes a whole plan, on whichever database its DATABASE_URL names. Kysely on a writable
// connection: better-sqlite3 on the SQLite file, or the shared pool of ./postgres.ts. Either way a file goes
// in all or nothing, and a process killed mid-way leaves the store as it was (SQLite rolls the journal back on
// the next open; PostgreSQL rolls back the transaction of a client that went away). What is read and written
// is lib/import/store.ts's business; it takes the Kysely instance.
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { providerOf, type DatabaseProvider } from "@/lib/env";
import type { DB } from "@/lib/generated/kysely/types";
import { closePostgresPools, postgresPool } from "./postgres";

/** Typed SQL on the importer's connection (or, inside inWriteTransaction, on its transaction). */
export type ImportQuery = Kysely<DB>;

export type WriteOutcome<T> = { ok: true; result: T } | { ok: false; busy: true };

/** The importer's handle on the store. */
export type ImportDatabase = {
  readonly provider: DatabaseProvider;
  /** Reads outside a transaction (a dry run plans on these). */
  readonly db: ImportQuery;
  /**
   * Runs `work` in ONE transaction that holds the import lock from its start, waiting up to `waitMs` for
   * another import (in this or any process or instance) to finish; `busy` when the lock did not come in
   * time. `work` writes nothing unless it returns normally (an exception rolls everything back).
   */
  inWriteTransaction<T>(waitMs: number, work: (trx: ImportQuery) => Promise<T>): Promise<WriteOutcome<T>>;
  close(): Promise<void>;
};

/**
 * The key of PostgreSQL's advisory lock that serialises imports: any fixed number, the same in every
 * instance. Its neighbours are the migrations' lock (lib/db/migrate-postgresql.ts) and the test template's
 * (seed/test-database.ts).
 */
export const importLockKey = 727_301_117;

/** SQLite's busy wait outside an import's transaction: how long a statement waits for another connection's lock. */
const defaultBusyMs = 5000;

export function openImportDatabase(url: string): ImportDatabase {
  return providerOf(checkedUrl(url)) === "sqlite" ? openSqlite(sqliteFile(url)) : openPostgres(url);
}

/** A DATABASE_URL, not a bare file path (which would otherwise be taken for a server). */
function checkedUrl(url: string): string {
  if (!/^(file:|postgres(ql)?:\/\/)/.test(url)) throw new Error("the importer takes a DATABASE_URL (file:… or postgresql://…), not a file path");
  return url;
}

/** The file a `file:` URL names, relative to the working directory (as lib/env.ts's databaseFile reads it). */
const sqliteFile = (url: string) => url.replace(/^file:/, "");

function openSqlite(file: string): ImportDatabase {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma(`busy_timeout = ${defaultBusyMs}`);
  sqlite.pragma("foreign_keys = ON");
  // Room for a whole import's pages in memory (up to 256 MB, taken only as needed): SQLite then takes the
  // exclusive lock, which stops the server's readers, only for the commit instead of from the first spill.
  sqlite.pragma("cache_size = -262144");
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    provider: "sqlite",
    db,
    async inWriteTransaction(waitMs, work) {
      // The wait for the write lock is SQLite's busy handler: BEGIN IMMEDIATE takes the lock at once, so the
      // transaction never has to wait for it half-way (and a second import plans after the first commits).
      sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
      try {
        // SQLite has one connection: everything in the transaction goes through `connection`.
        return await db.connection().execute(async (connection) => {
          try {
            await sql`BEGIN IMMEDIATE`.execute(connection);
            const result = await work(connection);
            await sql`COMMIT`.execute(connection);
            return { ok: true, result };
          } catch (error) {
            if (sqlite.inTransaction) sqlite.prepare("ROLLBACK").run();
            // Not let in within `waitMs`: at BEGIN IMMEDIATE, or at COMMIT while readers held the file.
            if (isBusy(error)) return { ok: false, busy: true };
            throw error;
          }
        });
      } finally {
        sqlite.pragma(`busy_timeout = ${defaultBusyMs}`);
      }
    },
    close: async () => {
      await db.destroy();
      // Kysely closes the handle only if it ever used it.
      if (sqlite.open) sqlite.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

function openPostgres(url: string): ImportDatabase {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: postgresPool(url) }) });
  return {
    provider: "postgresql",
    db,
    async inWriteTransaction(waitMs, work) {
      let locked = false;
      try {
        return await db.transaction().execute(async (trx) => {
          // A transaction-scoped advisory lock: every import, in any instance or the CLI, takes the same one
          // first, so two imports run one after the other and the second plans (READ COMMITTED: each statement
          // sees what was committed before it) against what the first wrote. The server releases it at commit
          // or rollback, and when the client's connection goes away. lock_timeout bounds the wait; the
          // setting is restored for the work, whose row locks should wait as they always do.
          const { rows } = await sql<{ previous: string }>`SELECT current_setting('lock_timeout') AS previous`.execute(trx);
          await sql`SELECT set_config('lock_timeout', ${`${Math.max(1, Math.round(waitMs))}ms`}, true)`.execute(trx);
          await sql`SELECT pg_advisory_xact_lock(${importLockKey})`.execute(trx);
          locked = true;
          await sql`SELECT set_config('lock_timeout', ${rows[0]?.previous ?? "0"}, true)`.execute(trx);
          return { ok: true as const, result: await work(trx) };
        });
      } catch (error) {
        // lock_not_available: another import held the lock for longer than `waitMs`.
        if (!locked && (error as { code?: unknown } | null)?.code === "55P03") return { ok: false, busy: true };
        throw error;
      }
    },
    // The pool is shared by the process (./postgres.ts); closeImportDatabases() ends it when the process is done.
    close: async () => {},
  };
}

/** A short read-only look at the store (the import page's indicator choices); `read` gets its Kysely. */
export async function readImportDatabase<T>(url: string, read: (db: ImportQuery) => Promise<T>): Promise<T> {
  if (providerOf(checkedUrl(url)) === "postgresql") return read(new Kysely<DB>({ dialect: new PostgresDialect({ pool: postgresPool(url) }) }));
  const sqlite = new Database(sqliteFile(url), { fileMustExist: true, readonly: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    return await read(db);
  } finally {
    await db.destroy();
    if (sqlite.open) sqlite.close();
  }
}

/** Ends this process's PostgreSQL connections (a CLI or a test file that is done); nothing to do on SQLite. */
export function closeImportDatabases(): Promise<void> {
  return closePostgresPools();
}
