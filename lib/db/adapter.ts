// Prisma's driver adapters: better-sqlite3 for the embedded SQLite file, pg for PostgreSQL. Shared by the
// clients (./prisma-client.ts) and the Prisma CLI (prisma.config.ts), so relative imports only.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  return new PrismaBetterSQLite3({ url });
}

export function postgresqlAdapter(url: string): PrismaPg {
  return new PrismaPg({ connectionString: url });
}
