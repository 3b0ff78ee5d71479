// A read-only better-sqlite3 connection for the hot reads (a region's figures, an indicator across
// regions). bench/scale measured Prisma at 4-6 ms per query and 100 ms for 3,000 figures with their
// relations; the same reads as plain SQL take well under a millisecond on the indexes.
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/env";

const globalForReader = globalThis as unknown as { kechanReader?: Database.Database };

export function reader(): Database.Database {
  if (!globalForReader.kechanReader) {
    const sqlite = new Database(databaseFile(), { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    globalForReader.kechanReader = sqlite;
  }
  return globalForReader.kechanReader;
}

/** SQLite's data_version for this connection: it changes whenever another connection (an import, the seed,
 * another process) commits to the database, which is what the page cache needs to know (lib/http/cached-pages.ts). */
export function dataVersion(): number {
  return reader().pragma("data_version", { simple: true }) as number;
}
