// The importer's access to the SQLite file: a read snapshot for planning and one transaction that writes
// a whole plan. better-sqlite3 directly (not Prisma) so 100,000 rows go in one fast, atomic transaction;
// a process killed mid-way leaves the file as it was (SQLite rolls the journal back on the next open).
import Database from "better-sqlite3";
import type { UnitCode } from "@/lib/domain/units";
import type { FigureKey, ImportPlan, Snapshot, StoredFigure } from "./plan";

export type ImportCounts = { new: number; updated: number; unchanged: number; regions: number; indicators: number; sources: number };

export function openImportDatabase(file: string): Database.Database {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  return sqlite;
}

export function readSnapshot(sqlite: Database.Database): Snapshot {
  const indicators = new Map(
    (sqlite.prepare(`SELECT code, unit FROM "Indicator"`).all() as { code: string; unit: UnitCode }[]).map((r) => [r.code, r.unit]),
  );
  const regions = sqlite.prepare(`SELECT slug, nameZh, adminCode FROM "Region"`).all() as { slug: string; nameZh: string; adminCode: string | null }[];
  const regionSlugs = new Set(regions.map((r) => r.slug));
  const byAdminCode = new Map(regions.filter((r) => r.adminCode).map((r) => [r.adminCode!, r.slug]));
  const sources = sqlite.prepare(`SELECT slug, titleZh FROM "Source"`).all() as { slug: string; titleZh: string }[];
  const sourceSlugs = new Set(sources.map((s) => s.slug));
  const findFigure = sqlite.prepare(`
    SELECT o.value, o.qualifier, o.periodStart, o.yearBasis, o.valueText, o.locator, o.noteZh
    FROM "Observation" o
    JOIN "Indicator" i ON i.id = o.indicatorId
    JOIN "Region" r ON r.id = o.regionId
    JOIN "Source" s ON s.id = o.sourceId
    WHERE i.code = ? AND r.slug = ? AND o.year = ? AND s.slug = ?`);
  return {
    indicatorUnit: (code) => indicators.get(code),
    hasRegion: (slug) => regionSlugs.has(slug),
    regionByAdminCode: (code) => byAdminCode.get(code),
    regionsNamed: (name) => regions.filter((r) => r.nameZh === name).map((r) => r.slug),
    hasSource: (slug) => sourceSlugs.has(slug),
    sourceTitled: (title) => sources.find((s) => s.titleZh === title)?.slug,
    figure: (key: FigureKey) => findFigure.get(key.indicator, key.region, key.year, key.source) as StoredFigure | undefined,
  };
}

export function countPlan(plan: ImportPlan): ImportCounts {
  const count = (status: string) => plan.figures.filter((f) => f.status === status).length;
  return {
    new: count("new"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    regions: plan.regions.length,
    indicators: plan.indicators.length,
    sources: plan.sources.length,
  };
}

/** Writes the plan in one transaction: all of it or, on any error, none of it. */
export function writePlan(sqlite: Database.Database, plan: ImportPlan): ImportCounts {
  const insertSource = sqlite.prepare(`
    INSERT INTO "Source" (kind, file, slug, titleZh, titleEn, authors, organisation, published, language, summaryZh)
    VALUES ('import', NULL, ?, ?, '', '', '', '', 'zh-Hans', '')`);
  const insertRegion = sqlite.prepare(`
    INSERT INTO "Region" (slug, nameZh, nameEn, level, adminCode, parentId)
    VALUES (?, ?, ?, ?, ?, (SELECT id FROM "Region" WHERE slug = ?))`);
  const insertIndicator = sqlite.prepare(`
    INSERT INTO "Indicator" (code, nameZh, nameEn, unit, category, definitionZh, higherIsBetter) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const upsertFigure = sqlite.prepare(`
    INSERT INTO "Observation" (indicatorId, regionId, sourceId, year, periodStart, yearBasis, value, qualifier, valueText, locator, noteZh)
    VALUES ((SELECT id FROM "Indicator" WHERE code = @indicator), (SELECT id FROM "Region" WHERE slug = @region),
            (SELECT id FROM "Source" WHERE slug = @source), @year, @periodStart, @yearBasis, @value, @qualifier, @valueText, @locator, @noteZh)
    ON CONFLICT (indicatorId, regionId, year, sourceId) DO UPDATE SET
      periodStart = excluded.periodStart, yearBasis = excluded.yearBasis, value = excluded.value, qualifier = excluded.qualifier,
      valueText = excluded.valueText, locator = excluded.locator, noteZh = excluded.noteZh`);

  const write = sqlite.transaction(() => {
    for (const s of plan.sources) insertSource.run(s.slug, s.titleZh);
    // Parents before children: a new city may hang under a new province created by the same plan.
    const pending = [...plan.regions];
    while (pending.length > 0) {
      const index = pending.findIndex((r) => r.parent === null || !pending.some((p) => p.slug === r.parent));
      const [region] = pending.splice(index === -1 ? 0 : index, 1);
      insertRegion.run(region!.slug, region!.nameZh, region!.nameEn, region!.level, region!.adminCode, region!.parent);
    }
    for (const i of plan.indicators) {
      insertIndicator.run(i.code, i.nameZh, i.nameEn, i.unit, i.category, i.definitionZh, i.higherIsBetter === null ? null : Number(i.higherIsBetter));
    }
    for (const f of plan.figures) {
      if (f.status === "unchanged") continue;
      const { line: _line, status: _status, ...figure } = f;
      upsertFigure.run(figure);
    }
  });
  write.immediate();
  return countPlan(plan);
}
