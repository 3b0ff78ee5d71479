// Throwaway databases for tests: every committed migration applied, seeded with the same loader the app
// uses. SQLite by default (a file under .test-dbs/); PostgreSQL when KECHAN_TEST_POSTGRES_URL names a server
// (its maintenance database, e.g. postgresql://postgres@127.0.0.1:55432/postgres): then each test file gets a
// database of its own, copied from a migrated template. `npm test` runs the suites once on each
// (scripts/test.sh). Refuses to touch the development database.
import { mkdirSync, rmSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { applyPostgresqlMigrations } from "@/lib/db/migrate-postgresql";
import { runSqliteMigrationFiles } from "@/lib/db/migration-files";
import { databaseOnServer, recreateFromTemplate } from "@/lib/db/postgres";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildSeedCatalog } from "./catalog";
import { documents, regions, stageSchemeCitation, statistics } from "./documents";
import { loadSeed } from "./load";

const devDatabase = resolve(process.cwd(), "data/kechan.db");
const templateName = "kechan_test_template";

/** The PostgreSQL server the tests use, or undefined for SQLite. */
export function testPostgresServer(): string | undefined {
  return process.env.KECHAN_TEST_POSTGRES_URL || undefined;
}

/** A test file's database name on PostgreSQL: `kechan_test_` and the file's name, e.g. kechan_test_queries. */
const postgresName = (file: string) => `kechan_test_${basename(file).replace(/\.db$/, "").replace(/[^a-zA-Z0-9]+/g, "_").toLowerCase()}`.slice(0, 63);

/** The DATABASE_URL of the throwaway database named after `file`: `file:<file>`, or its PostgreSQL twin. */
export function testDatabaseUrl(file: string): string {
  const server = testPostgresServer();
  return server ? databaseOnServer(server, postgresName(file)) : `file:${file}`;
}

/** Creates (or recreates) the database `file` names, migrated and empty, and returns its URL. */
export async function resetTestDatabase(file: string): Promise<string> {
  const server = testPostgresServer();
  if (server) {
    await recreateFromTemplate(server, postgresName(file), templateName, applyPostgresqlMigrations);
    return testDatabaseUrl(file);
  }
  const path = resolve(file);
  if (path === devDatabase) throw new Error(`refusing to reset the development database ${path}`);
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  runSqliteMigrationFiles(path);
  return `file:${path}`;
}

/** Creates (or recreates) a migrated, optionally seeded database and returns a client on it. */
export async function createTestDatabase(file: string, options: { seed: boolean }): Promise<Db> {
  const db = createPrismaClient(await resetTestDatabase(file));
  if (options.seed) await loadSeed(db, buildSeedCatalog(regions, documents, statistics), gcr2014, stageSchemeCitation);
  return db;
}
