// Export → a fresh store keeps what an import created (issue 14, finding 13): a city from its GB/T 2260
// code, a region from the importer's extra columns (level, parent, English name) and a source named by its
// title come back with the same slug, names, level, parent and title when the export is imported into a
// freshly seeded database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import type { Db } from "@/lib/db/prisma-client";
import { closeImportDatabases } from "@/lib/db/writer";
import { importFile } from "@/lib/import";
import { listExportRows } from "@/lib/queries/export";
import { createTestDatabase, testDatabaseUrl } from "@/seed/test-database";
import { exportCsv, exportJson } from "./observations";

// Both stores on either provider: the source (the mocked Prisma door reads it) and a fresh one per format.
const source = testDatabaseUrl(".test-dbs/export-metadata.db");
const fresh = ".test-dbs/export-metadata-fresh.db";

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase } = await import("@/seed/test-database");
  return { db: await createTestDatabase(".test-dbs/export-metadata.db", { seed: true }) };
});

const bytes = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  const csv = [
    "indicator,region,year,value,source,region_name_zh,region_level,region_parent,region_name_en",
    // 赣州 from its code alone, under 江西, and a zone of our own under it, both under a new source title.
    "gdp-per-capita-usd,360700,2024,7100,赣州市统计公报 2024,,,,",
    "gdp-per-capita-usd,ganzhou-hitech-zone,2024,9100,赣州市统计公报 2024,赣州高新区,zone,adm-360700,Ganzhou Hi-tech Zone",
    // A figure with no source: the importer's default source.
    "gdp-per-capita-usd,ganzhou-hitech-zone,2023,8800,,赣州高新区,zone,adm-360700,Ganzhou Hi-tech Zone",
  ].join("\n");
  const outcome = await importFile(source, bytes(csv), "ganzhou.csv", { write: true });
  expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.issues)).toBe(true);
});

afterAll(async () => {
  await db.$disconnect();
  await closeImportDatabases();
});

/** What the import created in a store, by slug and code (ids differ between stores). */
async function imported(store: Db) {
  const [regions, sources, figures] = await Promise.all([
    store.region.findMany({
      where: { slug: { in: ["adm-360700", "ganzhou-hitech-zone"] } },
      select: { slug: true, nameZh: true, nameEn: true, level: true, adminCode: true, parent: { select: { slug: true } } },
      orderBy: { slug: "asc" },
    }),
    store.source.findMany({ where: { kind: "import" }, select: { slug: true, titleZh: true, kind: true }, orderBy: { slug: "asc" } }),
    store.observation.findMany({
      where: { source: { kind: "import" } },
      select: { indicator: { select: { code: true } }, region: { select: { slug: true } }, year: true, value: true, source: { select: { slug: true } } },
      orderBy: [{ indicator: { code: "asc" } }, { region: { slug: "asc" } }, { year: "asc" }, { source: { slug: "asc" } }],
    }),
  ]);
  return {
    regions: regions.map(({ parent, ...r }) => ({ ...r, parent: parent?.slug ?? null })),
    sources,
    figures: figures.map((f) => ({ code: f.indicator.code, region: f.region.slug, year: f.year, value: f.value, source: f.source.slug })),
  };
}

describe("export → import into a fresh seeded store", () => {
  it.each(["csv", "json"] as const)("as %s rebuilds the imported regions and sources as they were", async (format) => {
    const expected = await imported(db);
    expect(expected.regions).toEqual([
      { slug: "adm-360700", nameZh: "赣州", nameEn: "赣州", level: "city", adminCode: "360700", parent: "jiangxi" },
      { slug: "ganzhou-hitech-zone", nameZh: "赣州高新区", nameEn: "Ganzhou Hi-tech Zone", level: "zone", adminCode: null, parent: "adm-360700" },
    ]);
    expect(expected.sources).toHaveLength(2);
    expect(expected.figures).toHaveLength(3);

    const rows = await listExportRows();
    const text = format === "csv" ? exportCsv(rows) : exportJson(rows);
    const target = await createTestDatabase(fresh, { seed: true });
    try {
      const outcome = await importFile(testDatabaseUrl(fresh), bytes(text), `export.${format}`, { write: true });
      expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.issues.slice(0, 5))).toBe(true);
      expect(await imported(target)).toEqual(expected);
    } finally {
      await target.$disconnect();
    }
  }, 120_000);
});
