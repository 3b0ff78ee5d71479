// The query door (lib/db/index.ts says which door to use): Kysely, a typed SQL builder, on whichever database
// DATABASE_URL names. Its row types come from the Prisma schema (prisma-kysely writes
// lib/generated/kysely/types.ts on `prisma generate`), so renaming a column fails the typecheck here and in
// every query, and the same query runs on SQLite and PostgreSQL. Write portable SQL: name every selected
// column in GROUP BY, read booleans with `truth` (lib/db/values.ts), and order NULLs explicitly when it matters.
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { databaseProvider, databaseUrl } from "@/lib/env";
import type { DB } from "@/lib/generated/kysely/types";
import { postgresPool } from "./postgres";
import { reader } from "./reader";

export type { DB };
export type Query = Kysely<DB>;

const globalForQuery = globalThis as unknown as { kechanQuery?: Query };

/** The app's read door: on SQLite the read-only handle of ./reader (it never writes), on PostgreSQL the shared pool. */
export function query(): Query {
  globalForQuery.kechanQuery ??=
    databaseProvider() === "sqlite"
      ? new Kysely<DB>({ dialect: new SqliteDialect({ database: reader() }) })
      : new Kysely<DB>({ dialect: new PostgresDialect({ pool: postgresPool(databaseUrl()) }) });
  return globalForQuery.kechanQuery;
}
