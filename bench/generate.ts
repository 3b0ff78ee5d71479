// bench/generate: a synthetic store for the scale benchmark — the seeded documents plus N regions ×
// 30 indicators × 11 years of made-up figures, all under a source marked synthetic. Written to its own
// file under bench/.out, never into the project's database or its seed.
// Usage: npx tsx bench/generate.ts <observations> [out.db]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { createTestDatabase } from "@/seed/test-database";

export const syntheticIndicators = 30;
export const syntheticYears = { first: 2015, last: 2025 };
const yearsPerRegion = syntheticYears.last - syntheticYears.first + 1;

export const syntheticRegion = (i: number) => `syn-r${String(i).padStart(5, "0")}`;
export const syntheticIndicator = (i: number) => `syn-i${String(i).padStart(2, "0")}`;

export function syntheticDatabasePath(observations: number): string {
  return resolve(`bench/.out/scale-${observations}.db`);
}

/** Creates (or reuses) the synthetic store with about `observations` figures; returns its path. */
export async function generateSyntheticStore(observations: number, file = syntheticDatabasePath(observations)): Promise<string> {
  if (existsSync(file)) return file;
  const db = await createTestDatabase(file, { seed: true });
  await db.$disconnect();
  const regions = Math.ceil(observations / (syntheticIndicators * yearsPerRegion));

  const sqlite = openDatabaseFile(file);
  sqlite.pragma("journal_mode = WAL");
  const insertAll = sqlite.transaction(() => {
    sqlite.prepare(`INSERT INTO "Source" (kind, slug, titleZh, titleEn, authors, organisation, published, language, summaryZh)
      VALUES ('synthetic', 'synthetic-bench', '合成基准数据(非真实统计)', 'Synthetic benchmark data (not real statistics)', '', '', '', 'zh-Hans', '仅用于性能测试的虚构数字。')`).run();
    const sourceId = (sqlite.prepare(`SELECT id FROM "Source" WHERE slug = 'synthetic-bench'`).get() as { id: number }).id;
    const cn = (sqlite.prepare(`SELECT id FROM "Region" WHERE slug = 'cn'`).get() as { id: number }).id;
    const insertIndicator = sqlite.prepare(`INSERT INTO "Indicator" (code, nameZh, nameEn, unit, category, definitionZh) VALUES (?, ?, ?, 'count', 'economy', '合成指标,仅用于性能测试。')`);
    const indicatorIds: number[] = [];
    for (let i = 1; i <= syntheticIndicators; i++) {
      indicatorIds.push(Number(insertIndicator.run(syntheticIndicator(i), `合成指标${i}`, `Synthetic indicator ${i}`).lastInsertRowid));
    }
    const insertRegion = sqlite.prepare(`INSERT INTO "Region" (slug, nameZh, nameEn, level, parentId) VALUES (?, ?, ?, 'city', ?)`);
    const insertFigure = sqlite.prepare(`INSERT INTO "Observation" (indicatorId, regionId, sourceId, year, yearBasis, value, valueText, locator, noteZh)
      VALUES (?, ?, ?, ?, 'observed', ?, ?, '合成', '')`);
    let written = 0;
    for (let r = 1; r <= regions && written < observations; r++) {
      const regionId = Number(insertRegion.run(syntheticRegion(r), `合成地区${r}`, `Synthetic region ${r}`, cn).lastInsertRowid);
      for (const indicatorId of indicatorIds) {
        for (let year = syntheticYears.first; year <= syntheticYears.last && written < observations; year++, written++) {
          const value = ((r * 7919 + indicatorId * 104729 + year * 31) % 100000) / 10;
          insertFigure.run(indicatorId, regionId, sourceId, year, value, String(value));
        }
      }
    }
  });
  insertAll();
  sqlite.pragma("journal_mode = DELETE");
  sqlite.exec("ANALYZE");
  sqlite.close();
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const observations = Number(process.argv[2] ?? 1_000_000);
  generateSyntheticStore(observations, process.argv[3] ? resolve(process.argv[3]) : undefined).then((file) => console.log(file));
}
