// Reads of observations: a region's headline figures and one indicator's series, shaped for views.
import { inLists } from "@/lib/db/bind";
import { query } from "@/lib/db/query";
import type { UnitCode } from "@/lib/domain/units";

export type ObservationView = {
  id: number;
  indicator: { code: string; nameZh: string; nameEn: string; unit: UnitCode; category: string };
  region: { slug: string; nameZh: string; nameEn: string };
  year: number;
  periodStart: number | null;
  yearBasis: string;
  value: number;
  qualifier: string | null;
  valueText: string;
  locator: string;
  noteZh: string;
  /** Name it with sourceName (lib/domain/citation.ts): the short title, else the full one. */
  source: { slug: string; titleZh: string; shortTitleZh?: string | null; titleEn: string; shortTitleEn: string | null; file: string | null };
};

export type ObservationFilter = {
  region?: string;
  regions?: string[];
  indicator?: string;
  source?: string;
  from?: number;
  to?: number;
};

type Ordering = { order?: "year" | "value-desc" | "value-asc"; limit?: number };

/** The ids of the regions a list of slugs names, looked up a chunk at a time so a long (even hostile) list binds. */
async function regionIds(slugs: string[]): Promise<number[]> {
  const found = await Promise.all(inLists(slugs).map((part) => query().selectFrom("Region").select("id").where("slug", "in", part).execute()));
  return found.flat().map((r) => r.id);
}

/** Figures with their indicator, region and source: the one select every read of figures starts from. */
function selectFigures() {
  return query()
    .selectFrom("Observation as o")
    .innerJoin("Indicator as i", "i.id", "o.indicatorId")
    .innerJoin("Region as r", "r.id", "o.regionId")
    .innerJoin("Source as s", "s.id", "o.sourceId")
    .select([
      "o.id", "o.year", "o.periodStart", "o.yearBasis", "o.value", "o.qualifier", "o.valueText", "o.locator", "o.noteZh",
      "i.id as indicatorId", "i.code as indicatorCode", "i.nameZh as indicatorNameZh", "i.nameEn as indicatorNameEn", "i.unit as indicatorUnit",
      "i.category as indicatorCategory",
      "r.slug as regionSlug", "r.nameZh as regionNameZh", "r.nameEn as regionNameEn",
      "s.slug as sourceSlug", "s.titleZh as sourceTitleZh", "s.shortTitleZh as sourceShortTitleZh", "s.titleEn as sourceTitleEn",
      "s.shortTitleEn as sourceShortTitleEn", "s.file as sourceFile",
    ]);
}

/** Figures matching every given filter, oldest first: one SQL statement on the observation indexes (after
 * turning a list of regions into ids). Its rows are typed by the schema, so a renamed column fails here. */
async function findObservations(filter: ObservationFilter, { order = "year", limit }: Ordering = {}) {
  const regions = filter.regions === undefined ? undefined : await regionIds(filter.regions);
  if (regions?.length === 0) return [];
  const { from, to } = filter;
  let found = selectFigures().where((eb) =>
    eb.and([
      ...(filter.region !== undefined ? [eb("o.regionId", "=", eb.selectFrom("Region").select("id").where("slug", "=", filter.region))] : []),
      ...(regions !== undefined ? [eb("o.regionId", "in", regions)] : []),
      ...(filter.indicator !== undefined ? [eb("o.indicatorId", "=", eb.selectFrom("Indicator").select("id").where("code", "=", filter.indicator))] : []),
      ...(filter.source !== undefined ? [eb("o.sourceId", "=", eb.selectFrom("Source").select("id").where("slug", "=", filter.source))] : []),
      // One year as an equality, not a range: SQLite then walks the (indicatorId, year, value) index in value
      // order and stops at the limit, instead of sorting the whole year (EXPLAIN QUERY PLAN; 3.5 → 0.2 ms at 1M).
      ...(from !== undefined && from === to
        ? [eb("o.year", "=", from)]
        : [...(from !== undefined ? [eb("o.year", ">=", from)] : []), ...(to !== undefined ? [eb("o.year", "<=", to)] : [])]),
    ]),
  );
  found = order === "year" ? found.orderBy("o.year").orderBy("o.id") : found.orderBy("o.value", order === "value-desc" ? "desc" : "asc").orderBy("o.id");
  if (limit !== undefined) found = found.limit(Math.max(0, Math.floor(limit)));
  return found.execute();
}

type ObservationRow = Awaited<ReturnType<typeof findObservations>>[number];

function toView(row: ObservationRow): ObservationView {
  return {
    id: row.id,
    year: row.year,
    periodStart: row.periodStart,
    yearBasis: row.yearBasis,
    value: row.value,
    qualifier: row.qualifier,
    valueText: row.valueText,
    locator: row.locator,
    noteZh: row.noteZh,
    indicator: { code: row.indicatorCode, nameZh: row.indicatorNameZh, nameEn: row.indicatorNameEn, unit: row.indicatorUnit as UnitCode, category: row.indicatorCategory },
    region: { slug: row.regionSlug, nameZh: row.regionNameZh, nameEn: row.regionNameEn },
    source: {
      slug: row.sourceSlug, titleZh: row.sourceTitleZh, shortTitleZh: row.sourceShortTitleZh,
      titleEn: row.sourceTitleEn, shortTitleEn: row.sourceShortTitleEn, file: row.sourceFile,
    },
  };
}

/** Figures matching every given filter, oldest first. */
export async function listObservations(filter: ObservationFilter): Promise<ObservationView[]> {
  return (await findObservations(filter)).map(toView);
}

export type IndicatorYear = { values: number[]; ranked: ObservationView[] };

/**
 * One indicator in one year across every region: all values (for the distribution) but only the
 * `limit` best-ranked figures with their names and sources, so a 3,000-region year stays cheap.
 */
export async function listIndicatorYear(code: string, year: number, options: { limit: number; highestFirst: boolean }): Promise<IndicatorYear> {
  const [values, ranked] = await Promise.all([
    query()
      .selectFrom("Observation")
      .select("value")
      .where("indicatorId", "=", (eb) => eb.selectFrom("Indicator").select("id").where("code", "=", code))
      .where("year", "=", year)
      .execute(),
    findObservations({ indicator: code, from: year, to: year }, { order: options.highestFirst ? "value-desc" : "value-asc", limit: options.limit }),
  ]);
  return { values: values.map((row) => row.value), ranked: ranked.map(toView) };
}

const categoryOrder = ["economy", "rnd", "innovation", "policy", "stage", "zone"];

/** The latest figure of each indicator, economy first, then in catalogue order (each document lists its key
 * indicator first). Where several sources give the latest year, the figure stored last stands. */
function latestPerIndicator(rows: ObservationRow[]): ObservationRow[] {
  const latest = new Map<number, ObservationRow>();
  for (const row of rows) {
    const held = latest.get(row.indicatorId);
    if (!held || row.year > held.year || (row.year === held.year && row.id > held.id)) latest.set(row.indicatorId, row);
  }
  return [...latest.values()].sort(
    (a, b) => categoryOrder.indexOf(a.indicatorCategory) - categoryOrder.indexOf(b.indicatorCategory) || a.indicatorId - b.indicatorId,
  );
}

export type RegionFigures = { observations: ObservationView[]; headlines: ObservationView[] };

/** A region's figures (oldest first) and the latest figure of each indicator, in one read: for the printable
 * report and the overview, which show them all. The region page reads less (readRegionFigures). */
export async function listRegionFigures(regionSlug: string): Promise<RegionFigures> {
  const rows = await findObservations({ region: regionSlug });
  return { observations: rows.map(toView), headlines: latestPerIndicator(rows).map(toView) };
}

export type SeriesIndicator = { code: string; nameZh: string; nameEn: string };

export type RegionFigureSummary = {
  /** The latest figure of each indicator, economy first. */
  headlines: ObservationView[];
  /** Indicators with figures in more than one year, in the order their figures begin. */
  seriesIndicators: SeriesIndicator[];
};

/**
 * What the region page shows before a reader asks for more: each indicator's latest figure and the indicators
 * that have a series (the count of all its figures comes with the region's profile). At county scale a region has thousands of figures (70 indicators × 50 years
 * in bench/scale's 10M store); reading them all took 100 ms there, and none of these reads touches more than
 * the latest year's rows and the (regionId, indicatorId, year) index.
 */
export async function readRegionFigures(regionSlug: string): Promise<RegionFigureSummary> {
  const region = await query().selectFrom("Region").select("id").where("slug", "=", regionSlug).executeTakeFirst();
  if (!region) return { headlines: [], seriesIndicators: [] };
  const latestYears = query()
    .selectFrom("Observation")
    .select(["indicatorId", (eb) => eb.fn.max("year").as("year")])
    .where("regionId", "=", region.id)
    .groupBy("indicatorId");
  const [latest, series] = await Promise.all([
    selectFigures()
      .innerJoin(latestYears.as("l"), (join) => join.onRef("l.indicatorId", "=", "o.indicatorId").onRef("l.year", "=", "o.year"))
      .where("o.regionId", "=", region.id)
      .execute(),
    query()
      .selectFrom("Observation as o")
      .innerJoin("Indicator as i", "i.id", "o.indicatorId")
      .select(["i.code", "i.nameZh", "i.nameEn", (eb) => eb.fn.min("o.year").as("firstYear")])
      .where("o.regionId", "=", region.id)
      .groupBy(["o.indicatorId", "i.code", "i.nameZh", "i.nameEn"])
      .having((eb) => eb.fn.count("o.year").distinct(), ">", 1)
      .orderBy("firstYear")
      .orderBy("o.indicatorId")
      .execute(),
  ]);
  return {
    headlines: latestPerIndicator(latest).map(toView),
    seriesIndicators: series.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
  };
}

/** One region's figures of one indicator, oldest first: the series the region page draws. */
export async function listRegionSeries(regionSlug: string, indicatorCode: string): Promise<ObservationView[]> {
  return (await findObservations({ region: regionSlug, indicator: indicatorCode })).map(toView);
}
