// The seed loads into a fresh migrated database, and loading it again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/prisma-client";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildSeedCatalog, SeedCatalogError } from "./catalog";
import { documents, regions, stageSchemeCitation, statistics } from "./documents";
import { loadSeed } from "./load";
import { createTestDatabase } from "./test-database";

let db: Db;

beforeAll(async () => {
  db = await createTestDatabase(`.test-dbs/seed-${process.pid}.db`, { seed: false });
});
afterAll(async () => {
  await db.$disconnect();
});

async function snapshot() {
  return {
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    regions: await db.region.findMany({ orderBy: { id: "asc" } }),
    indicators: await db.indicator.findMany({ orderBy: { id: "asc" } }),
    observations: await db.observation.findMany({ orderBy: { id: "asc" } }),
    bands: await db.stageBand.findMany({ orderBy: { id: "asc" } }),
    zoneCases: await db.zoneCase.findMany({ orderBy: { id: "asc" } }),
    zoneFeatures: await db.zoneFeature.findMany({ orderBy: { id: "asc" } }),
    regionNotes: await db.regionNote.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("loadSeed", { timeout: 60_000 }, () => {
  it("writes every record of the catalogue", async () => {
    const catalog = buildSeedCatalog(regions, documents, statistics);
    const counts = await loadSeed(db, catalog, gcr2014, stageSchemeCitation);
    expect(await db.source.count()).toBe(catalog.sources.length + catalog.statisticSources.length);
    expect(await db.observation.count()).toBe(catalog.observations.length);
    expect(await db.region.count()).toBe(catalog.regions.length);
    expect(await db.stageBand.count()).toBe(5);
    expect(await db.zoneFeature.count()).toBe(counts.zoneFeatures);
    expect(await db.regionNote.count()).toBe(catalog.regionNotes.length);

    const china2025 = await db.observation.findFirst({
      where: { indicator: { code: "gdp-per-capita-usd" }, region: { slug: "cn" }, year: 2025 },
      include: { source: true },
    });
    expect(china2025?.value).toBe(13953);
    expect(china2025?.source.file).toBe("000_4353c1ad041446f5.txt");

    const wuhan = await db.region.findUnique({ where: { slug: "wuhan" }, include: { parent: true } });
    expect(wuhan?.parent?.slug).toBe("hubei");
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    await loadSeed(db, buildSeedCatalog(regions, documents, statistics), gcr2014, stageSchemeCitation);
    expect(await snapshot()).toEqual(before);
  });
});

describe("buildSeedCatalog", () => {
  it("rejects unknown references and duplicate keys, listing each problem", () => {
    const broken = {
      ...documents[0]!,
      observations: [
        ...documents[0]!.observations,
        { ...documents[0]!.observations[0]!, region: "atlantis" },
        documents[0]!.observations[1]!,
      ],
    };
    try {
      buildSeedCatalog(regions, [broken]);
      expect.unreachable("the catalogue should have been refused");
    } catch (error) {
      expect(error).toBeInstanceOf(SeedCatalogError);
      const problems = (error as SeedCatalogError).problems.join("\n");
      expect(problems).toContain("unknown region atlantis");
      expect(problems).toMatch(/observation gdp-per-capita-usd\/cn\/2018\/doc-000 is defined twice/);
    }
  });
});
