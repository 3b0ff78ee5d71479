// Prisma's driver adapter on the embedded SQLite file (better-sqlite3): shared by the app's client
// (lib/db/prisma.ts) and the Prisma CLI (prisma.config.ts), so relative imports only.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  return new PrismaBetterSQLite3({ url });
}
