// `npm run db:seed` (always) and `npm run db:setup` (--if-empty: only a database with no sources).
import { databaseUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/prisma-client";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildSeedCatalog } from "./catalog";
import { documents, regions, stageSchemeCitation, statistics } from "./documents";
import { loadSeed } from "./load";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  const db = createPrismaClient(databaseUrl());
  try {
    const catalog = buildSeedCatalog(regions, documents, statistics);
    if (ifEmpty && (await db.source.count()) > 0) {
      // A store made by an older version lacks the sources added since: say so, without touching its data.
      const have = new Set((await db.source.findMany({ select: { slug: true } })).map((s) => s.slug));
      const missing = [...catalog.sources, ...catalog.statisticSources].filter((s) => !have.has(s.slug)).length;
      console.log(
        missing > 0
          ? `kechan seed: database already has data, but lacks ${missing} sources of the starter dataset; run \`npm run db:seed\` to add them (your imports are kept).`
          : "kechan seed: database already has data; not seeding (run `npm run db:seed` to refresh).",
      );
      return;
    }
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
