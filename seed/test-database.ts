// Throwaway databases for tests: a fresh SQLite file with every committed migration applied, seeded
// with the same loader the app uses. Refuses to touch the development database.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildSeedCatalog } from "./catalog";
import { documents, regions, stageSchemeCitation, statistics } from "./documents";
import { loadSeed } from "./load";

const migrationsDir = resolve(process.cwd(), "prisma/migrations");
const devDatabase = resolve(process.cwd(), "data/kechan.db");

export function applyMigrations(file: string): void {
  const sqlite = openDatabaseFile(file);
  try {
    for (const name of readdirSync(migrationsDir).filter((n) => /^\d+_/.test(n)).sort()) {
      sqlite.exec(readFileSync(join(migrationsDir, name, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

/** Creates (or recreates) a migrated, optionally seeded database file and returns a client on it. */
export async function createTestDatabase(file: string, options: { seed: boolean }): Promise<Db> {
  const path = resolve(file);
  if (path === devDatabase) throw new Error(`refusing to reset the development database ${path}`);
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  applyMigrations(path);
  const db = createPrismaClient(`file:${path}`);
  if (options.seed) await loadSeed(db, buildSeedCatalog(regions, documents, statistics), gcr2014, stageSchemeCitation);
  return db;
}
