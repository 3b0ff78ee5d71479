// Is the database up to the code? The server asks at start (server.ts): a store the committed migrations have
// not all reached answers every page with a missing-column error, so the server says which migrations are
// missing and the command that applies them instead of serving. What counts as applied is each provider's own
// record: Prisma's "_prisma_migrations" on SQLite (`prisma migrate deploy`), our runner's "_kechan_migrations"
// on PostgreSQL (lib/db/migrate-postgresql.ts).
import { existsSync } from "node:fs";
import pg from "pg";
import { providerOf } from "@/lib/env";
import { openDatabaseFile } from "./file";
import { migrationNames, postgresqlMigrationsDir, sqliteMigrationsDir } from "./migration-files";

/**
 * The committed migrations the database at `url` has not applied, in order; empty when it is up to date. null
 * when the database keeps no record to compare with: the throwaway test and bench stores, made by running the
 * migration files directly (seed/test-database.ts), and a checkout without its migration folders.
 */
export async function unappliedMigrations(url: string): Promise<string[] | null> {
  const committed = committedMigrations(url);
  if (committed.length === 0) return null;
  const applied = providerOf(url) === "sqlite" ? appliedOnSqlite(url.replace(/^file:/, "")) : await appliedOnPostgresql(url);
  if (applied === null) return null;
  return committed.filter((name) => !applied.has(name));
}

/** The committed migrations of the provider `url` names, in order; none when the checkout has no such folder. */
export function committedMigrations(url: string): string[] {
  const dir = providerOf(url) === "sqlite" ? sqliteMigrationsDir : postgresqlMigrationsDir;
  return existsSync(dir) ? migrationNames(dir) : [];
}

/** A missing file has applied nothing; a file without Prisma's table keeps no record (null), unless it has no tables at all. */
function appliedOnSqlite(file: string): Set<string> | null {
  if (!existsSync(file)) return new Set();
  const sqlite = openDatabaseFile(file, { readonly: true, fileMustExist: true });
  try {
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (!tables.has("_prisma_migrations")) return tables.size === 0 ? new Set() : null;
    const rows = sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").pluck().all() as string[];
    return new Set(rows);
  } finally {
    sqlite.close();
  }
}

/** Gives up after 10 s: a server behind a firewall that drops packets would otherwise hold the start for minutes. */
async function appliedOnPostgresql(url: string): Promise<Set<string> | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ recorded: string | null; tables: number }>(
      `SELECT to_regclass('"_kechan_migrations"')::text AS recorded, (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())::int AS tables`,
    );
    if (rows[0]?.recorded == null) return rows[0]?.tables === 0 ? new Set() : null;
    return new Set((await client.query<{ name: string }>(`SELECT name FROM "_kechan_migrations"`)).rows.map((r) => r.name));
  } finally {
    await client.end();
  }
}

/** What the server says when the database is behind: the migrations missing and the command that applies them;
 * for a database with none applied (a new one, or a file not made yet), the command that also seeds it. */
export function behindMessage(unapplied: readonly string[], committed: number): string {
  if (unapplied.length === committed) {
    return "the database has none of the schema yet (a new database, or no file at that path). Run `npm run db:setup` with the same DATABASE_URL to migrate and seed it, then start the server again.";
  }
  const listed = unapplied.length > 5 ? [...unapplied.slice(0, 5), `and ${unapplied.length - 5} more`] : unapplied;
  return [
    `the database is behind the code: ${unapplied.length} migration${unapplied.length === 1 ? "" : "s"} not applied (${listed.join(", ")}).`,
    "Run `npm run db:deploy` with the same DATABASE_URL, then start the server again.",
  ].join(" ");
}
