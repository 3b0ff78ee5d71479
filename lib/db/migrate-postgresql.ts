// Applies prisma/postgresql/migrations to a PostgreSQL database, in name order, each once and in its own
// transaction, recording what it applied in "_kechan_migrations".
//
// Why not `prisma migrate deploy`: through the pg driver adapter it fails with "Column type 'name' could not
// be deserialized from the database" (prisma/orm issue 27403, open), and Prisma's native schema engine cannot
// be downloaded here. SQLite keeps `prisma migrate deploy` (scripts/db-deploy.ts). When the upstream fix lands,
// this file can go: the migrations are plain Prisma migrations.
//
// Several instances may start at once: an advisory lock lets one apply while the others wait, then find
// nothing left to do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { migrationNames, postgresqlMigrationsDir } from "./migration-files";

const migrationLock = 727_301_115; // any fixed number: the advisory lock's key

/** Applies what is not yet applied; returns the names it applied. */
export async function applyPostgresqlMigrations(url: string, dir = postgresqlMigrationsDir): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLock]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_kechan_migrations" (name TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ name: string }>(`SELECT name FROM "_kechan_migrations"`)).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const name of migrationNames(dir)) {
      if (done.has(name)) continue;
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_kechan_migrations" (name) VALUES ($1)`, [name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLock]).catch(() => undefined);
    await client.end();
  }
}
