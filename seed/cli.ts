// `npm run db:seed` (always) and `npm run db:setup` (--if-empty: only a database with no sources).
import { databaseUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildSeedCatalog } from "./catalog";
import { documents, regions, stageSchemeCitation, statistics } from "./documents";
import { loadSeed } from "./load";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const db = createPrismaClient(databaseUrl());
  try {
    if (ifEmpty && (await db.source.count()) > 0) {
      console.log("kechan seed: database already has data; not seeding (run `npm run db:seed` to refresh).");
      return;
    }
    const catalog = buildSeedCatalog(regions, documents, statistics);
    const counts = await loadSeed(db, catalog, gcr2014, stageSchemeCitation);
    console.log(`kechan seed: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
