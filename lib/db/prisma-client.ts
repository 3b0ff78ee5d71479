// Builds a PrismaClient on the database a URL names: the seed CLI and the tests' throwaway databases make
// their own; the app's one client is `db` in ./prisma.ts. Kept apart from ./prisma.ts so importing it creates
// no client, and tests that vi.mock("@/lib/db/prisma") can build their client with it.
//
// A generated Prisma client serves one provider, so there are two, generated from prisma/schema.prisma and
// its PostgreSQL twin (scripts/write-postgresql-schema.ts) with the same models. `Db` is the SQLite client's
// type for both: the model API is the same, and writing to the SQLite type keeps code to what both support.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { providerOf, type DatabaseProvider } from "@/lib/env";
import { postgresqlAdapter, sqliteAdapter } from "./adapter";

export type Db = PrismaClient;

const providers = new WeakMap<Db, DatabaseProvider>();

export function createPrismaClient(url: string): Db {
  const provider = providerOf(url);
  const client = provider === "sqlite" ? new PrismaClient({ adapter: sqliteAdapter(url) }) : (new PostgresqlPrismaClient({ adapter: postgresqlAdapter(url) }) as unknown as Db);
  providers.set(client, provider);
  return client;
}

/** The n-th (from 1) parameter of a `$executeRawUnsafe` statement on this client: `?` on SQLite, `$n` on PostgreSQL. */
export function rawParameter(client: Db, n: number): string {
  return providers.get(client) === "postgresql" ? `$${n}` : "?";
}
