// Builds a PrismaClient on the embedded SQLite file through the better-sqlite3 driver adapter: the seed
// CLI and the tests' throwaway databases make their own; the app's one client is `db` in ./prisma.ts.
// Kept apart from ./prisma.ts so importing it creates no client, and tests that vi.mock("@/lib/db/prisma")
// can build their client with it.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sqliteAdapter } from "./adapter";

export type Db = PrismaClient;

export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}
