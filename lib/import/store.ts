// What the importer reads and writes: a read snapshot for planning and the writes of a whole plan, on the
// handle the writer door opens (lib/db/writer.ts: openImportDatabase, inWriteTransaction). Plain SQL on
// better-sqlite3 (not Prisma) so 100,000 rows go in one fast, atomic transaction; a process killed mid-way
// leaves the file as it was (SQLite rolls the journal back on the next open).
import { readImportDatabase, type ImportDatabase } from "@/lib/db/writer";
import type { UnitCode } from "@/lib/domain/units";
import type { FigureKey, ImportPlan, Snapshot, StoredFigure } from "./plan";

export type ImportCounts = { new: number; updated: number; unchanged: number; regions: number; indicators: number; sources: number };

/** How long an import waits for another one (in this or another process) to finish writing. */
export const importWaitMs = 30_000;

export function readSnapshot(sqlite: ImportDatabase): Snapshot {
  const indicators = sqlite.prepare(`SELECT id, code, nameZh, unit FROM "Indicator" ORDER BY code`).all() as { id: number; code: string; nameZh: string; unit: UnitCode }[];
  const regions = sqlite.prepare(`SELECT id, slug, nameZh, adminCode FROM "Region"`).all() as { id: number; slug: string; nameZh: string; adminCode: string | null }[];
  const sources = sqlite.prepare(`SELECT id, slug, titleZh FROM "Source"`).all() as { id: number; slug: string; titleZh: string }[];
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
  const regionIds = new Map(regions.map((r) => [r.slug, r.id]));
  const sourceIds = new Map(sources.map((s) => [s.slug, s.id]));
  const byAdminCode = new Map(regions.filter((r) => r.adminCode).map((r) => [r.adminCode!, r.slug]));
  const byName = new Map<string, string[]>();
  for (const r of regions) byName.set(r.nameZh, [...(byName.get(r.nameZh) ?? []), r.slug]);
  const byTitle = new Map(sources.map((s) => [s.titleZh, s.slug]));
  // Looked up by ids on the unique index: one cheap probe per row, even for 100,000 rows.
  const findFigure = sqlite.prepare(`
    SELECT value, qualifier, periodStart, yearBasis, valueText, locator, noteZh FROM "Observation"
    WHERE indicatorId = ? AND regionId = ? AND year = ? AND sourceId = ?`);
  return {
    indicatorUnit: (code) => indicatorByCode.get(code)?.unit,
    indicators: () => indicators.map(({ code, nameZh, unit }) => ({ code, nameZh, unit })),
    hasRegion: (slug) => regionIds.has(slug),
    regionByAdminCode: (code) => byAdminCode.get(code),
    regionsNamed: (name) => byName.get(name) ?? [],
    hasSource: (slug) => sourceIds.has(slug),
    sourceTitled: (title) => byTitle.get(title),
    figure: (key: FigureKey) => {
      const indicator = indicatorByCode.get(key.indicator)?.id;
      const region = regionIds.get(key.region);
      const source = sourceIds.get(key.source);
      // A figure under a region, indicator or source the plan creates cannot be stored yet.
      if (indicator === undefined || region === undefined || source === undefined) return undefined;
      return findFigure.get(indicator, region, key.year, source) as StoredFigure | undefined;
    },
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
export function writePlan(sqlite: ImportDatabase, plan: ImportPlan): ImportCounts {
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

  // Inside inWriteTransaction this is a savepoint of the import's transaction; alone, its own transaction.
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

/** The indicators an editor can map a label to, for the import page's choices. */
export function listIndicatorChoices(file: string): { code: string; nameZh: string; nameEn: string | null; unit: UnitCode }[] {
  return readImportDatabase(file, (sqlite) =>
    sqlite.prepare(`SELECT code, nameZh, nameEn, unit FROM "Indicator" ORDER BY code`).all() as { code: string; nameZh: string; nameEn: string | null; unit: UnitCode }[],
  );
}
