// Reads of one indicator across the provinces: which indicators have province figures, a year's figures
// with the national one, and a province's latest years. Typed SQL (lib/db/query.ts) on the (indicatorId, year,
// value) and (regionId, indicatorId, year) indexes, like the other hot reads.
import { query } from "@/lib/db/query";
import { truth } from "@/lib/db/values";
import type { UnitCode } from "@/lib/domain/units";

/** The region whose figures are the national reference. */
export const nationalSlug = "cn";

export type ProvinceIndicator = {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: UnitCode;
  higherIsBetter: boolean | null;
  /** Province figures across all years (a province and year counted once however many sources give it). */
  figureCount: number;
  /** Years with province figures, oldest first, with how many provinces each has. */
  years: { year: number; provinces: number }[];
};

/** Indicators with at least one province figure, in catalogue order. */
export async function listProvinceIndicators(): Promise<ProvinceIndicator[]> {
  // Counted per (indicatorId, year) in the index's order, then named: grouping by the indicator's names too
  // (which PostgreSQL asks of every selected column) would make SQLite sort the figures instead.
  const rows = await query()
    .selectFrom((eb) =>
      eb
        .selectFrom("Observation as o")
        .innerJoin("Region as r", (join) => join.onRef("r.id", "=", "o.regionId").on("r.level", "=", "province"))
        .select(["o.indicatorId", "o.year", (eb) => eb.fn.count<number>("o.regionId").distinct().as("provinces")])
        .groupBy(["o.indicatorId", "o.year"])
        .as("y"),
    )
    .innerJoin("Indicator as i", "i.id", "y.indicatorId")
    .select(["i.code", "i.nameZh", "i.nameEn", "i.unit", "i.higherIsBetter", "y.year", "y.provinces"])
    .orderBy("i.id")
    .orderBy("y.year")
    .execute();
  const byCode = new Map<string, ProvinceIndicator>();
  for (const row of rows) {
    const held = byCode.get(row.code) ?? {
      code: row.code,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      unit: row.unit as UnitCode,
      higherIsBetter: truth(row.higherIsBetter),
      figureCount: 0,
      years: [],
    };
    held.figureCount += row.provinces;
    held.years.push({ year: row.year, provinces: row.provinces });
    byCode.set(row.code, held);
  }
  return [...byCode.values()];
}

export type RegionFigure = {
  id: number;
  region: { slug: string; nameZh: string; nameEn: string; adminCode: string | null };
  year: number;
  value: number;
  qualifier: string | null;
  /** Name it with sourceName (lib/domain/citation.ts). */
  source: { slug: string; titleZh: string; shortTitleZh: string | null; titleEn: string; shortTitleEn: string | null };
};

export type YearValues = { provinces: RegionFigure[]; national: RegionFigure[] };

/** One indicator in one year: every province's figures and the national ones, in the order they were added. */
export async function listProvinceYearValues(code: string, year: number): Promise<YearValues> {
  const rows = await query()
    .selectFrom("Observation as o")
    .innerJoin("Region as r", "r.id", "o.regionId")
    .innerJoin("Source as s", "s.id", "o.sourceId")
    .select([
      "o.id", "r.slug", "r.nameZh", "r.nameEn", "r.adminCode", "o.year", "o.value", "o.qualifier",
      "s.slug as sourceSlug", "s.titleZh as sourceTitleZh", "s.shortTitleZh as sourceShortTitleZh", "s.titleEn as sourceTitleEn", "s.shortTitleEn as sourceShortTitleEn",
    ])
    .where("o.indicatorId", "=", (eb) => eb.selectFrom("Indicator").select("id").where("code", "=", code))
    .where("o.year", "=", year)
    .where((eb) => eb.or([eb("r.level", "=", "province"), eb("r.slug", "=", nationalSlug)]))
    .orderBy("o.id")
    .execute();
  const figures = rows.map(
    ({ slug, nameZh, nameEn, adminCode, sourceSlug, sourceTitleZh, sourceShortTitleZh, sourceTitleEn, sourceShortTitleEn, ...f }): RegionFigure => ({
      ...f,
      region: { slug, nameZh, nameEn, adminCode },
      source: { slug: sourceSlug, titleZh: sourceTitleZh, shortTitleZh: sourceShortTitleZh, titleEn: sourceTitleEn, shortTitleEn: sourceShortTitleEn },
    }),
  );
  return { provinces: figures.filter((f) => f.region.slug !== nationalSlug), national: figures.filter((f) => f.region.slug === nationalSlug) };
}

export type ProvinceYears = { slug: string; nameZh: string; nameEn: string; adminCode: string | null; years: number[] };

/** The provinces with figures of the indicator, each with its years (oldest first). */
export async function listProvinceYears(code: string): Promise<ProvinceYears[]> {
  const rows = await query()
    .selectFrom("Observation as o")
    .innerJoin("Region as r", (join) => join.onRef("r.id", "=", "o.regionId").on("r.level", "=", "province"))
    .select(["r.slug", "r.nameZh", "r.nameEn", "r.adminCode", "o.year"])
    .where("o.indicatorId", "=", (eb) => eb.selectFrom("Indicator").select("id").where("code", "=", code))
    .groupBy(["r.id", "r.slug", "r.nameZh", "r.nameEn", "r.adminCode", "o.year"])
    .orderBy("r.id")
    .orderBy("o.year")
    .execute();
  const bySlug = new Map<string, ProvinceYears>();
  for (const { year, ...region } of rows) {
    const held = bySlug.get(region.slug) ?? { ...region, years: [] };
    held.years.push(year);
    bySlug.set(region.slug, held);
  }
  return [...bySlug.values()];
}

/** The latest year the region has a figure of each indicator, by indicator code. */
export async function listLatestYears(regionSlug: string): Promise<Map<string, number>> {
  // The latest year per indicator on the (regionId, indicatorId, year) index, named afterwards (see above).
  const rows = await query()
    .selectFrom((eb) =>
      eb
        .selectFrom("Observation")
        .select(["indicatorId", (eb) => eb.fn.max("year").as("year")])
        .where("regionId", "=", (eb) => eb.selectFrom("Region").select("id").where("slug", "=", regionSlug))
        .groupBy("indicatorId")
        .as("latest"),
    )
    .innerJoin("Indicator as i", "i.id", "latest.indicatorId")
    .select(["i.code", "latest.year"])
    .execute();
  return new Map(rows.map((r) => [r.code, r.year]));
}

export type StandingFigures = {
  indicator: ProvinceIndicator;
  /** The region's latest year with a figure of the indicator; null when it has none. */
  year: number | null;
  /** That year's province figures (the region's own among them) and national figures. */
  provinces: RegionFigure[];
  national: RegionFigure[];
  /** When the region has no figure: the provinces that do, to point the reader to. */
  provincesWithFigures: ProvinceYears[];
};

/** For each indicator with province figures, what a province's standing among the provinces is worked out from. */
export async function listStandingFigures(regionSlug: string): Promise<StandingFigures[]> {
  const [indicators, latest] = await Promise.all([listProvinceIndicators(), listLatestYears(regionSlug)]);
  return Promise.all(
    indicators.map(async (indicator): Promise<StandingFigures> => {
      const year = latest.get(indicator.code) ?? null;
      if (year === null) return { indicator, year, provinces: [], national: [], provincesWithFigures: await listProvinceYears(indicator.code) };
      return { indicator, year, ...(await listProvinceYearValues(indicator.code, year)), provincesWithFigures: [] };
    }),
  );
}
