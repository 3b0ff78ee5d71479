// Where each provider's committed migrations live, and their order. SQLite's are applied by `prisma migrate
// deploy` (and run directly into the tests' throwaway stores), PostgreSQL's by lib/db/migrate-postgresql.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { openDatabaseFile } from "./file";

export const sqliteMigrationsDir = resolve(process.cwd(), "prisma/migrations");
export const postgresqlMigrationsDir = resolve(process.cwd(), "prisma/postgresql/migrations");

/** The migrations in a folder, in the order they apply: each a subfolder whose name starts with a number. */
export function migrationNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => /^\d+_/.test(name)).sort();
}

/** Runs every SQLite migration file into `file` (made when missing), without Prisma's record of them: how the
 * tests' throwaway stores are made, quicker than `prisma migrate deploy` and with no CLI to spawn. */
export function runSqliteMigrationFiles(file: string): void {
  const sqlite = openDatabaseFile(file);
  try {
    for (const name of migrationNames(sqliteMigrationsDir)) sqlite.exec(readFileSync(join(sqliteMigrationsDir, name, "migration.sql"), "utf8"));
  } finally {
    sqlite.close();
  }
}
