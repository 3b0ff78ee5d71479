// The server's start-up check (server.ts): which committed migrations a database has not applied, read from
// each provider's own record. Runs on SQLite, and on PostgreSQL when KECHAN_TEST_POSTGRES_URL names a server.
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resetTestDatabase, testPostgresServer } from "@/seed/test-database";
import { openDatabaseFile } from "./file";
import { migrationNames, postgresqlMigrationsDir, sqliteMigrationsDir } from "./migration-files";
import { behindMessage, unappliedMigrations } from "./migration-status";
import { closePostgresPools, postgresPool } from "./postgres";

const server = testPostgresServer();
const file = resolve(".test-dbs/migration-status.db");
afterAll(closePostgresPools);

/** Records `names` as applied the way `prisma migrate deploy` does (the columns the check reads), the last one failed if asked. */
function recordOnSqlite(url: string, names: string[], lastFailed = false): void {
  const sqlite = openDatabaseFile(url.replace(/^file:/, ""));
  try {
    sqlite.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY, "migration_name" TEXT NOT NULL, "finished_at" DATETIME, "rolled_back_at" DATETIME)`);
    const insert = sqlite.prepare(`INSERT INTO "_prisma_migrations" VALUES (?, ?, ?, NULL)`);
    names.forEach((name, i) => insert.run(`m${i}`, name, lastFailed && i === names.length - 1 ? null : "2026-11-28 10:00:00"));
  } finally {
    sqlite.close();
  }
}

describe.runIf(!server)("on SQLite", () => {
  const names = migrationNames(sqliteMigrationsDir);

  it("finds nothing missing when Prisma's record holds every migration", async () => {
    const url = await resetTestDatabase(file);
    recordOnSqlite(url, names);
    expect(await unappliedMigrations(url)).toEqual([]);
  });

  it("names the migrations the record lacks, a failed one included, in order", async () => {
    const url = await resetTestDatabase(file);
    recordOnSqlite(url, names.slice(0, -1), true);
    expect(names.length).toBeGreaterThan(2);
    expect(await unappliedMigrations(url)).toEqual(names.slice(-2));
  });

  it("counts every migration as missing for a file that is not there yet", async () => {
    expect(await unappliedMigrations(`file:${resolve(".test-dbs/no-such-store.db")}`)).toEqual(names);
  });

  it("cannot tell for a store made by running the migration files directly, without a record", async () => {
    expect(await unappliedMigrations(await resetTestDatabase(file))).toBeNull();
  });
});

describe.runIf(server)("on PostgreSQL", () => {
  const names = migrationNames(postgresqlMigrationsDir);

  it("finds nothing missing in a database the runner migrated, and names what its record lacks", async () => {
    const url = await resetTestDatabase(file);
    expect(await unappliedMigrations(url)).toEqual([]);
    await postgresPool(url).query(`DELETE FROM "_kechan_migrations" WHERE name = $1`, [names.at(-1)]);
    expect(await unappliedMigrations(url)).toEqual(names.slice(-1));
  });

  it("counts every migration as missing in an empty database", async () => {
    expect(await unappliedMigrations(server!)).toEqual(names);
  });
});

describe("the server's message", () => {
  it("names the missing migrations and the command that applies them", () => {
    const message = behindMessage(["0009_login_failures", "0010_staged_uploads"], 10);
    expect(message).toContain("2 migrations not applied (0009_login_failures, 0010_staged_uploads)");
    expect(message).toContain("npm run db:deploy");
    expect(behindMessage(Array.from({ length: 8 }, (_, i) => `000${i}_x`), 10)).toContain("0004_x, and 3 more");
    expect(behindMessage(["0001_init", "0002_x"], 2)).toMatch(/none of the schema yet.*npm run db:setup/);
  });
});
