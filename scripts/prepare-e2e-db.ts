// Builds the end-to-end tests' own database (never the development one) from migrations and the seed, and
// prints its DATABASE_URL for scripts/e2e.sh: the SQLite file e2e/.output/e2e.db, or its PostgreSQL twin when
// KECHAN_TEST_POSTGRES_URL names a server (seed/test-database.ts).
import { createTestDatabase, testDatabaseUrl } from "@/seed/test-database";

const e2eDatabaseFile = "e2e/.output/e2e.db";

async function main() {
  const db = await createTestDatabase(e2eDatabaseFile, { seed: true });
  console.error(`kechan e2e: ${await db.observation.count()} observations seeded`);
  await db.$disconnect();
  console.log(testDatabaseUrl(e2eDatabaseFile));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
