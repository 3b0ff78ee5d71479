// Export → a fresh store keeps what an import created (issue 14, finding 13): a city from its GB/T 2260
// code, a region from the importer's extra columns (level, parent, English name) and a source named by its
// title come back with the same slug, names, level, parent and title when the export is imported into a
// freshly seeded database.
import { resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { importFile } from "@/lib/import";
import { listExportRows } from "@/lib/queries/export";
import { createTestDatabase } from "@/seed/test-database";
import { exportCsv, exportJson } from "./observations";

const source = resolve(".test-dbs/export-metadata.db");
const fresh = resolve(".test-dbs/export-metadata-fresh.db");

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase } = await import("@/seed/test-database");
  return { db: await createTestDatabase(".test-dbs/export-metadata.db", { seed: true }) };
});

const bytes = (text: string) => new TextEncoder().encode(text);

beforeAll(() => {
  const csv = [
    "indicator,region,year,value,source,region_name_zh,region_level,region_parent,region_name_en",
    // 赣州 from its code alone, under 江西, and a zone of our own under it, both under a new source title.
    "gdp-per-capita-usd,360700,2024,7100,赣州市统计公报 2024,,,,",
    "gdp-per-capita-usd,ganzhou-hitech-zone,2024,9100,赣州市统计公报 2024,赣州高新区,zone,adm-360700,Ganzhou Hi-tech Zone",
    // A figure with no source: the importer's default source.
    "gdp-per-capita-usd,ganzhou-hitech-zone,2023,8800,,赣州高新区,zone,adm-360700,Ganzhou Hi-tech Zone",
  ].join("\n");
  const outcome = importFile(source, bytes(csv), "ganzhou.csv", { write: true });
  expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.issues)).toBe(true);
});

afterAll(async () => {
  await db.$disconnect();
});

type Snapshot = { regions: unknown[]; sources: unknown[]; figures: unknown[] };

function imported(file: string): Snapshot {
  const sqlite = openDatabaseFile(file, { readonly: true });
  try {
    return {
      regions: sqlite.prepare(`
        SELECT r.slug, r.nameZh, r.nameEn, r.level, r.adminCode, p.slug AS parent FROM "Region" r LEFT JOIN "Region" p ON p.id = r.parentId
        WHERE r.slug IN ('adm-360700', 'ganzhou-hitech-zone') ORDER BY r.slug`).all(),
      sources: sqlite.prepare(`SELECT slug, titleZh, kind FROM "Source" WHERE kind = 'import' ORDER BY slug`).all(),
      figures: sqlite.prepare(`
        SELECT i.code, r.slug AS region, o.year, o.value, s.slug AS source FROM "Observation" o
        JOIN "Indicator" i ON i.id = o.indicatorId JOIN "Region" r ON r.id = o.regionId JOIN "Source" s ON s.id = o.sourceId
        WHERE s.kind = 'import' ORDER BY 1, 2, 3, 5`).all(),
    };
  } finally {
    sqlite.close();
  }
}

describe("export → import into a fresh seeded store", () => {
  it.each(["csv", "json"] as const)("as %s rebuilds the imported regions and sources as they were", async (format) => {
    const expected = imported(source);
    expect(expected.regions).toEqual([
      { slug: "adm-360700", nameZh: "赣州", nameEn: "赣州", level: "city", adminCode: "360700", parent: "jiangxi" },
      { slug: "ganzhou-hitech-zone", nameZh: "赣州高新区", nameEn: "Ganzhou Hi-tech Zone", level: "zone", adminCode: null, parent: "adm-360700" },
    ]);
    expect(expected.sources).toHaveLength(2);

    const rows = await listExportRows();
    const text = format === "csv" ? exportCsv(rows) : exportJson(rows);
    const target = await createTestDatabase(fresh, { seed: true });
    await target.$disconnect();
    const outcome = importFile(fresh, bytes(text), `export.${format}`, { write: true });
    expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.issues.slice(0, 5))).toBe(true);
    expect(imported(fresh)).toEqual(expected);
  }, 120_000);
});
