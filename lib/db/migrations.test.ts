// The two providers' schemas stay twins: prisma/postgresql/schema.prisma is what the script writes from
// prisma/schema.prisma, and the committed migrations of each provider build the same tables, columns and
// indexes. The PostgreSQL half runs when KECHAN_TEST_POSTGRES_URL names a server (scripts/test.sh sets it).
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { resetTestDatabase, testPostgresServer } from "@/seed/test-database";
import { openDatabaseFile } from "./file";
import { applyPostgresqlMigrations } from "./migrate-postgresql";
import { migrationNames, postgresqlMigrationsDir } from "./migration-files";
import { closePostgresPools, postgresPool } from "./postgres";
import { postgresqlSchema } from "./postgresql-schema";

type Shape = { columns: string[]; indexes: string[] };

const bookkeeping = new Set(["_prisma_migrations", "_kechan_migrations", "sqlite_sequence"]);

function sqliteShape(file: string): Shape {
  const sqlite = openDatabaseFile(file, { readonly: true });
  try {
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name).filter((t) => !bookkeeping.has(t));
    const columns = tables.flatMap((table) =>
      (sqlite.prepare(`SELECT name, "notnull" AS required FROM pragma_table_info(?)`).all(table) as { name: string; required: number }[]).map(
        (c) => `${table}.${c.name}${c.required ? "" : "?"}`,
      ),
    );
    const indexes = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'`).all() as { name: string }[]).map((i) => i.name);
    return { columns: columns.sort(), indexes: indexes.sort() };
  } finally {
    sqlite.close();
  }
}

async function postgresShape(url: string): Promise<Shape> {
  const pool = postgresPool(url);
  const columns = await pool.query<{ table_name: string; column_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const indexes = await pool.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%\\_pkey'`);
  return {
    columns: columns.rows
      .filter((c) => !bookkeeping.has(c.table_name))
      .map((c) => `${c.table_name}.${c.column_name}${c.is_nullable === "YES" ? "?" : ""}`)
      .sort(),
    indexes: indexes.rows.map((i) => i.indexname).sort(),
  };
}

afterAll(closePostgresPools);

describe("provider schemas", () => {
  it("keeps prisma/postgresql/schema.prisma as the script writes it from prisma/schema.prisma (npm run db:generate)", () => {
    expect(readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(postgresqlSchema(readFileSync("prisma/schema.prisma", "utf8")));
  });

  it("refuses a SQLite schema it does not recognise rather than writing a wrong twin", () => {
    expect(() => postgresqlSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/expected to find/);
  });

  it.skipIf(!testPostgresServer())("builds the same tables, columns, nullability and indexes on PostgreSQL as on SQLite", async () => {
    const previous = process.env.KECHAN_TEST_POSTGRES_URL;
    delete process.env.KECHAN_TEST_POSTGRES_URL;
    const sqliteUrl = await resetTestDatabase(".test-dbs/migrations-twin.db");
    process.env.KECHAN_TEST_POSTGRES_URL = previous;
    const postgresUrl = await resetTestDatabase(".test-dbs/migrations-twin.db");
    const sqlite = sqliteShape(sqliteUrl.replace(/^file:/, ""));
    const postgres = await postgresShape(postgresUrl);
    expect(sqlite.columns.length).toBeGreaterThan(50);
    expect(postgres.columns).toEqual(sqlite.columns);
    expect(postgres.indexes).toEqual(sqlite.indexes);
  });

  it.skipIf(!testPostgresServer())("applies each PostgreSQL migration once, records it, and finds nothing to do the second time", async () => {
    const url = await resetTestDatabase(".test-dbs/migrations-rerun.db");
    expect(await applyPostgresqlMigrations(url)).toEqual([]);
    const recorded = await postgresPool(url).query<{ name: string }>(`SELECT name FROM "_kechan_migrations" ORDER BY name`);
    expect(recorded.rows.map((r) => r.name)).toEqual(migrationNames(postgresqlMigrationsDir));
  });
});
