// A migrated database holding only what the NBS import tests name (made for the tests, not the seed):
// the nation, a few provinces with GB/T 2260 codes, one city and three statistics indicators. On SQLite or
// PostgreSQL, as seed/test-database.ts chooses (KECHAN_TEST_POSTGRES_URL).
import { closeImportDatabases, openImportDatabase } from "@/lib/db/writer";
import { resetTestDatabase } from "@/seed/test-database";

export const fixtureIndicators = [
  { code: "gdp-per-capita-cny", nameZh: "人均地区生产总值", unit: "cny-per-capita", category: "economy" },
  { code: "rnd-intensity", nameZh: "研究与试验发展(R&D)经费投入强度", unit: "percent", category: "rnd" },
  { code: "rnd-expenditure", nameZh: "研究与试验发展(R&D)经费", unit: "cny-100m", category: "rnd" },
] as const;

const regions: [slug: string, nameZh: string, level: string, adminCode: string | null, parent: string | null][] = [
  ["cn", "中国", "nation", null, null],
  ["beijing", "北京", "province", "110000", "cn"],
  ["tianjin", "天津", "province", "120000", "cn"],
  ["inner-mongolia", "内蒙古", "province", "150000", "cn"],
  ["jilin", "吉林", "province", "220000", "cn"],
  ["jiangxi", "江西", "province", "360000", "cn"],
  ["guangxi", "广西", "province", "450000", "cn"],
  ["xinjiang", "新疆", "province", "650000", "cn"],
  ["hong-kong", "香港", "province", "810000", "cn"],
  ["nanchang", "南昌", "city", "360100", "jiangxi"],
];

/** Creates (or recreates) the fixture database named after `file`; returns its DATABASE_URL. */
export async function createFixtureDatabase(file: string): Promise<string> {
  // PostgreSQL drops a database with its connections: let this process's pools go first.
  await closeImportDatabases();
  const url = await resetTestDatabase(file);
  const store = openImportDatabase(url);
  try {
    const ids = new Map<string, number>();
    for (const [slug, nameZh, level, adminCode, parent] of regions) {
      const { id } = await store.db
        .insertInto("Region")
        .values({ slug, nameZh, nameEn: slug, level, adminCode, parentId: parent === null ? null : ids.get(parent) ?? null })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids.set(slug, id);
    }
    await store.db
      .insertInto("Indicator")
      .values(fixtureIndicators.map((i) => ({ code: i.code, nameZh: i.nameZh, nameEn: i.code, unit: i.unit, category: i.category, definitionZh: i.nameZh })))
      .execute();
  } finally {
    await store.close();
  }
  return url;
}
