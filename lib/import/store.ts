// What the importer reads and writes, through the writer door (lib/db/writer.ts): the catalogue the plan
// resolves rows against, the stored figures under a draft's keys (read in bulk), and the writes of a whole
// plan. Typed SQL (Kysely) that runs the same on SQLite and PostgreSQL; inside the door's one transaction, so a
// file goes in all or nothing.
import { maxBoundValues, slices } from "@/lib/db/bind";
import { readImportDatabase, type ImportQuery } from "@/lib/db/writer";
import type { UnitCode } from "@/lib/domain/units";
import type { DraftFigure, FigureKey, ImportPlan, NewRegion, Snapshot, StoredFigure, StoredFigures } from "./plan";

export type ImportCounts = { new: number; updated: number; unchanged: number; regions: number; indicators: number; sources: number };

/** How long an import waits for another one (in this or another process) to finish writing. */
export const importWaitMs = 30_000;

/** The catalogue as the plan reads it, and the ids the writes need (by code or slug). */
export type Catalog = Snapshot & {
  ids: { indicators: ReadonlyMap<string, number>; regions: ReadonlyMap<string, number>; sources: ReadonlyMap<string, number> };
};

/** Text in code-unit order, the same whatever the database's collation (codes and slugs are ASCII). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function readCatalog(db: ImportQuery): Promise<Catalog> {
  const indicatorRows = await db.selectFrom("Indicator").select(["id", "code", "nameZh", "unit"]).execute();
  const regions = await db.selectFrom("Region").select(["id", "slug", "nameZh", "adminCode"]).execute();
  const sources = await db.selectFrom("Source").select(["id", "slug", "titleZh"]).execute();
  const indicators = indicatorRows.map((i) => ({ ...i, unit: i.unit as UnitCode })).sort((a, b) => byText(a.code, b.code));
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
  const regionIds = new Map(regions.map((r) => [r.slug, r.id]));
  const sourceIds = new Map(sources.map((s) => [s.slug, s.id]));
  const byAdminCode = new Map(regions.flatMap((r) => (r.adminCode ? [[r.adminCode, r.slug] as const] : [])));
  const byName = new Map<string, string[]>();
  for (const r of regions) byName.set(r.nameZh, [...(byName.get(r.nameZh) ?? []), r.slug]);
  const byTitle = new Map(sources.map((s) => [s.titleZh, s.slug]));
  return {
    indicatorUnit: (code) => indicatorByCode.get(code)?.unit,
    indicators: () => indicators.map(({ code, nameZh, unit }) => ({ code, nameZh, unit })),
    hasRegion: (slug) => regionIds.has(slug),
    regionByAdminCode: (code) => byAdminCode.get(code),
    regionsNamed: (name) => byName.get(name) ?? [],
    hasSource: (slug) => sourceIds.has(slug),
    sourceTitled: (title) => byTitle.get(title),
    ids: { indicators: new Map(indicators.map((i) => [i.code, i.id])), regions: regionIds, sources: sourceIds },
  };
}

const idKey = (indicatorId: number, regionId: number, year: number, sourceId: number) => `${indicatorId}|${regionId}|${year}|${sourceId}`;

/**
 * The stored figures under the draft's keys, read in bulk: per indicator, the figures of the draft's regions
 * within its years (the unique index's leading columns), in statements of a few thousand regions. A figure
 * under a region, indicator or source the plan creates cannot be stored yet, so it is not asked for.
 */
export async function readStoredFigures(db: ImportQuery, catalog: Catalog, figures: readonly DraftFigure[]): Promise<StoredFigures> {
  const wanted = new Map<number, { regions: Set<number>; sources: Set<number>; first: number; last: number }>();
  for (const f of figures) {
    const indicator = catalog.ids.indicators.get(f.indicator);
    const region = catalog.ids.regions.get(f.region);
    const source = catalog.ids.sources.get(f.source);
    if (indicator === undefined || region === undefined || source === undefined) continue;
    let want = wanted.get(indicator);
    if (!want) wanted.set(indicator, (want = { regions: new Set(), sources: new Set(), first: f.year, last: f.year }));
    want.regions.add(region);
    want.sources.add(source);
    want.first = Math.min(want.first, f.year);
    want.last = Math.max(want.last, f.year);
  }
  const stored = new Map<string, StoredFigure>();
  for (const [indicatorId, want] of wanted) {
    const sources = [...want.sources];
    // The draft's sources narrow the read when they are few (a file names a handful); otherwise the rows
    // are matched by source below.
    const bySource = sources.length <= 1000 ? sources : null;
    for (const regions of slices([...want.regions], 5000)) {
      const rows = await db
        .selectFrom("Observation")
        .select(["regionId", "year", "sourceId", "value", "qualifier", "periodStart", "yearBasis", "valueText", "locator", "noteZh"])
        .where("indicatorId", "=", indicatorId)
        .where("regionId", "in", regions)
        .where("year", ">=", want.first)
        .where("year", "<=", want.last)
        .$if(bySource !== null, (qb) => qb.where("sourceId", "in", bySource!))
        .execute();
      for (const r of rows) {
        stored.set(idKey(indicatorId, r.regionId, r.year, r.sourceId), {
          value: r.value, qualifier: r.qualifier, periodStart: r.periodStart, yearBasis: r.yearBasis, valueText: r.valueText, locator: r.locator, noteZh: r.noteZh,
        });
      }
    }
  }
  return {
    figure: (key: FigureKey) => {
      const indicator = catalog.ids.indicators.get(key.indicator);
      const region = catalog.ids.regions.get(key.region);
      const source = catalog.ids.sources.get(key.source);
      if (indicator === undefined || region === undefined || source === undefined) return undefined;
      return stored.get(idKey(indicator, region, key.year, source));
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

/** The id a slug or code names: stored, or created earlier in this write. */
function idOf(ids: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`import: no ${what} ${key} after writing the plan's new ones`);
  return id;
}

/**
 * Writes the plan: its new sources, regions and indicators (their ids come back with `returning`), then its
 * new and changed figures as multi-row upserts on the figures' unique key, ids resolved here. Run it inside
 * the writer door's transaction (ImportDatabase.inWriteTransaction): all of it or, on any error, none of it.
 */
export async function writePlan(db: ImportQuery, catalog: Catalog, plan: ImportPlan): Promise<ImportCounts> {
  const sourceIds = new Map(catalog.ids.sources);
  const regionIds = new Map(catalog.ids.regions);
  const indicatorIds = new Map(catalog.ids.indicators);

  for (const part of slices(plan.sources, maxBoundValues / 10)) {
    const created = await db
      .insertInto("Source")
      .values(part.map((s) => ({ kind: "import", file: null, slug: s.slug, titleZh: s.titleZh, titleEn: "", authors: "", organisation: "", published: "", language: "zh-Hans", summaryZh: "" })))
      .returning(["id", "slug"])
      .execute();
    for (const { id, slug } of created) sourceIds.set(slug, id);
  }

  for (const generation of regionGenerations(plan.regions, regionIds)) {
    for (const part of slices(generation, maxBoundValues / 6)) {
      const created = await db
        .insertInto("Region")
        .values(part.map((r) => ({ slug: r.slug, nameZh: r.nameZh, nameEn: r.nameEn, level: r.level, adminCode: r.adminCode, parentId: r.parent === null ? null : regionIds.get(r.parent) ?? null })))
        .returning(["id", "slug"])
        .execute();
      for (const { id, slug } of created) regionIds.set(slug, id);
    }
  }

  for (const part of slices(plan.indicators, maxBoundValues / 7)) {
    const created = await db
      .insertInto("Indicator")
      // 0/1 for a Boolean: SQLite stores it so, and PostgreSQL reads '1' and '0' as true and false.
      .values(part.map((i) => ({ code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, category: i.category, definitionZh: i.definitionZh, higherIsBetter: i.higherIsBetter === null ? null : Number(i.higherIsBetter) })))
      .returning(["id", "code"])
      .execute();
    for (const { id, code } of created) indicatorIds.set(code, id);
  }

  const changed = plan.figures.filter((f) => f.status !== "unchanged");
  for (const part of slices(changed, maxBoundValues / 11)) {
    await db
      .insertInto("Observation")
      .values(
        part.map((f) => ({
          indicatorId: idOf(indicatorIds, f.indicator, "indicator"),
          regionId: idOf(regionIds, f.region, "region"),
          sourceId: idOf(sourceIds, f.source, "source"),
          year: f.year,
          periodStart: f.periodStart,
          yearBasis: f.yearBasis,
          value: f.value,
          qualifier: f.qualifier,
          valueText: f.valueText,
          locator: f.locator,
          noteZh: f.noteZh,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["indicatorId", "regionId", "year", "sourceId"]).doUpdateSet((eb) => ({
          periodStart: eb.ref("excluded.periodStart"),
          yearBasis: eb.ref("excluded.yearBasis"),
          value: eb.ref("excluded.value"),
          qualifier: eb.ref("excluded.qualifier"),
          valueText: eb.ref("excluded.valueText"),
          locator: eb.ref("excluded.locator"),
          noteZh: eb.ref("excluded.noteZh"),
        })),
      )
      .execute();
  }
  return countPlan(plan);
}

/**
 * The plan's new regions in the order they can be written, parents first: a new city may hang under a new
 * province of the same plan. Each generation's parents are stored or in an earlier generation; a parent that
 * is neither (a cycle among new regions) leaves the region without one.
 */
function regionGenerations(regions: readonly NewRegion[], stored: ReadonlyMap<string, number>): NewRegion[][] {
  const generations: NewRegion[][] = [];
  let pending = [...regions];
  const written = new Set(stored.keys());
  while (pending.length > 0) {
    const waiting = new Set(pending.map((r) => r.slug));
    let ready = pending.filter((r) => r.parent === null || written.has(r.parent) || !waiting.has(r.parent));
    if (ready.length === 0) ready = pending.slice(0, 1);
    for (const r of ready) written.add(r.slug);
    const taken = new Set(ready);
    pending = pending.filter((r) => !taken.has(r));
    generations.push(ready);
  }
  return generations;
}

/** The indicators an editor can map a label to, for the import page's choices. */
export async function listIndicatorChoices(databaseUrl: string): Promise<{ code: string; nameZh: string; nameEn: string | null; unit: UnitCode }[]> {
  const rows = await readImportDatabase(databaseUrl, (db) => db.selectFrom("Indicator").select(["code", "nameZh", "nameEn", "unit"]).execute());
  return rows.map((i) => ({ ...i, unit: i.unit as UnitCode })).sort((a, b) => byText(a.code, b.code));
}
