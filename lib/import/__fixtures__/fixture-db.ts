// A migrated database holding only what the NBS import tests name (made for the tests, not the seed):
// the nation, a few provinces with GB/T 2260 codes, one city and three statistics indicators.
import { mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { applyMigrations } from "@/seed/test-database";

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

export function createFixtureDatabase(file: string): string {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  applyMigrations(path);
  const sqlite = openDatabaseFile(path);
  const region = sqlite.prepare(`INSERT INTO "Region" (slug, nameZh, nameEn, level, adminCode, parentId) VALUES (?, ?, ?, ?, ?, (SELECT id FROM "Region" WHERE slug = ?))`);
  for (const [slug, nameZh, level, adminCode, parent] of regions) region.run(slug, nameZh, slug, level, adminCode, parent);
  const indicator = sqlite.prepare(`INSERT INTO "Indicator" (code, nameZh, nameEn, unit, category, definitionZh) VALUES (?, ?, ?, ?, ?, ?)`);
  for (const i of fixtureIndicators) indicator.run(i.code, i.nameZh, i.code, i.unit, i.category, i.nameZh);
  sqlite.close();
  return path;
}
