// The tools' door (lib/db/index.ts says which door to use): a plain better-sqlite3 handle on a SQLite file,
// opened with the driver's own options. For tests and their fixtures, lib/testing, applying migrations to
// throwaway files (seed/test-database.ts) and the bench's synthetic store; never on a request path (the
// lint rule keeps it out of app code: the app reads through ./reader, imports through ./writer and
// writes everything else through ./prisma).
import Database from "better-sqlite3";

export type DatabaseFile = Database.Database;
export type DatabaseFileOptions = Database.Options;

/** Opens `file` exactly as `new Database(file, options)` of better-sqlite3 does; the caller closes it. */
export function openDatabaseFile(file: string, options?: DatabaseFileOptions): DatabaseFile {
  return new Database(file, options);
}
