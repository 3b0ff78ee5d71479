// Reads of one indicator across the provinces: which indicators have province figures, a year's figures
// with the national one, and a province's latest years. Plain SQL on the (indicatorId, year, value) and
// (regionId, indicatorId, year) indexes, like the other hot reads (lib/db/reader.ts).
import type { UnitCode } from "@/lib/domain/units";
import { reader } from "@/lib/db/reader";

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

type YearRow = { code: string; nameZh: string; nameEn: string; unit: string; higherIsBetter: number | null; year: number; provinces: number };

/** Indicators with at least one province figure, in catalogue order. */
export async function listProvinceIndicators(): Promise<ProvinceIndicator[]> {
  const rows = reader().prepare(`
    SELECT i.code, i.nameZh, i.nameEn, i.unit, i.higherIsBetter, o.year, COUNT(DISTINCT o.regionId) AS provinces
    FROM "Observation" o
    JOIN "Region" r ON r.id = o.regionId AND r.level = 'province'
    JOIN "Indicator" i ON i.id = o.indicatorId
    GROUP BY o.indicatorId, o.year
    ORDER BY i.id, o.year`).all() as YearRow[];
  const byCode = new Map<string, ProvinceIndicator>();
  for (const row of rows) {
    const held = byCode.get(row.code) ?? {
      code: row.code,
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      unit: row.unit as UnitCode,
      higherIsBetter: row.higherIsBetter === null ? null : row.higherIsBetter === 1,
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

type FigureRow = {
  id: number; slug: string; nameZh: string; nameEn: string; adminCode: string | null; year: number; value: number; qualifier: string | null;
  sourceSlug: string; sourceTitleZh: string; sourceShortTitleZh: string | null; sourceTitleEn: string; sourceShortTitleEn: string | null;
};

const toFigure = ({ slug, nameZh, nameEn, adminCode, sourceSlug, sourceTitleZh, sourceShortTitleZh, sourceTitleEn, sourceShortTitleEn, ...f }: FigureRow): RegionFigure => ({
  ...f,
  region: { slug, nameZh, nameEn, adminCode },
  source: { slug: sourceSlug, titleZh: sourceTitleZh, shortTitleZh: sourceShortTitleZh, titleEn: sourceTitleEn, shortTitleEn: sourceShortTitleEn },
});

export type YearValues = { provinces: RegionFigure[]; national: RegionFigure[] };

/** One indicator in one year: every province's figures and the national ones, in the order they were added. */
export async function listProvinceYearValues(code: string, year: number): Promise<YearValues> {
  const rows = reader().prepare(`
    SELECT o.id, r.slug, r.nameZh, r.nameEn, r.adminCode, o.year, o.value, o.qualifier, s.slug AS sourceSlug, s.titleZh AS sourceTitleZh, s.shortTitleZh AS sourceShortTitleZh,
           s.titleEn AS sourceTitleEn, s.shortTitleEn AS sourceShortTitleEn
    FROM "Observation" o
    JOIN "Region" r ON r.id = o.regionId
    JOIN "Source" s ON s.id = o.sourceId
    WHERE o.indicatorId = (SELECT id FROM "Indicator" WHERE code = ?) AND o.year = ? AND (r.level = 'province' OR r.slug = ?)
    ORDER BY o.id`).all(code, year, nationalSlug) as FigureRow[];
  const figures = rows.map(toFigure);
  return { provinces: figures.filter((f) => f.region.slug !== nationalSlug), national: figures.filter((f) => f.region.slug === nationalSlug) };
}

export type ProvinceYears = { slug: string; nameZh: string; nameEn: string; adminCode: string | null; years: number[] };

/** The provinces with figures of the indicator, each with its years (oldest first). */
export async function listProvinceYears(code: string): Promise<ProvinceYears[]> {
  const rows = reader().prepare(`
    SELECT r.slug, r.nameZh, r.nameEn, r.adminCode, o.year
    FROM "Observation" o JOIN "Region" r ON r.id = o.regionId AND r.level = 'province'
    WHERE o.indicatorId = (SELECT id FROM "Indicator" WHERE code = ?)
    GROUP BY r.id, o.year
    ORDER BY r.id, o.year`).all(code) as (Omit<ProvinceYears, "years"> & { year: number })[];
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
  const rows = reader().prepare(`
    SELECT i.code, MAX(o.year) AS year
    FROM "Observation" o JOIN "Indicator" i ON i.id = o.indicatorId
    WHERE o.regionId = (SELECT id FROM "Region" WHERE slug = ?)
    GROUP BY o.indicatorId`).all(regionSlug) as { code: string; year: number }[];
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
