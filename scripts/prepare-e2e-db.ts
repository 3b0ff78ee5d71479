// Builds the end-to-end tests' own database (never the development one) from migrations and the seed.
import { createTestDatabase } from "@/seed/test-database";
import { databaseFile } from "@/lib/env";

async function main() {
  const file = databaseFile();
  if (!file.includes("e2e")) throw new Error(`DATABASE_URL must point at an e2e database, got ${file}`);
  const db = await createTestDatabase(file, { seed: true });
  console.log(`kechan e2e: ${await db.observation.count()} observations seeded into ${file}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
