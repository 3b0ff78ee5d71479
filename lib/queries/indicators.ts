// Reads of the indicator catalogue: every indicator with how much data it has, and one indicator whole.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/prisma";
import { reader } from "@/lib/db/reader";
import type { UnitCode } from "@/lib/domain/units";

export type IndicatorSummary = {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: UnitCode;
  category: string;
  definitionZh: string;
  higherIsBetter: boolean | null;
  observationCount: number;
  regionCount: number;
  firstYear: number | null;
  lastYear: number | null;
};

const indicatorSelect = {
  code: true, nameZh: true, nameEn: true, unit: true, category: true, definitionZh: true, higherIsBetter: true,
} as const;

export async function listIndicators(): Promise<IndicatorSummary[]> {
  const [indicators, stats, regionPairs] = await Promise.all([
    db.indicator.findMany({ select: { id: true, ...indicatorSelect }, orderBy: { id: "asc" } }),
    db.observation.groupBy({ by: ["indicatorId"], _count: { _all: true }, _min: { year: true }, _max: { year: true } }),
    db.observation.groupBy({ by: ["indicatorId", "regionId"] }),
  ]);
  const statsOf = new Map(stats.map((s) => [s.indicatorId, s]));
  const regionCounts = new Map<number, number>();
  for (const pair of regionPairs) regionCounts.set(pair.indicatorId, (regionCounts.get(pair.indicatorId) ?? 0) + 1);
  return indicators.map(({ id, unit, ...i }) => {
    const s = statsOf.get(id);
    return {
      ...i,
      unit: unit as UnitCode,
      observationCount: s?._count._all ?? 0,
      regionCount: regionCounts.get(id) ?? 0,
      firstYear: s?._min.year ?? null,
      lastYear: s?._max.year ?? null,
    };
  });
}

export type IndicatorDetail = Omit<IndicatorSummary, "observationCount" | "regionCount" | "firstYear" | "lastYear"> & {
  /** Years with figures, oldest first. */
  years: number[];
};

/** Cached per request: the page and its metadata ask for the same indicator. Its figures are read apart. */
export const getIndicator = cache(async (code: string): Promise<IndicatorDetail | null> => {
  const sql = reader();
  const row = sql.prepare(`SELECT id, code, nameZh, nameEn, unit, category, definitionZh, higherIsBetter FROM "Indicator" WHERE code = ?`).get(code) as
    | (Omit<IndicatorDetail, "years" | "higherIsBetter"> & { id: number; higherIsBetter: number | null })
    | undefined;
  if (!row) return null;
  // One index seek per year rather than a scan of every figure (3,000 regions × 11 years at scale).
  const nextYear = sql.prepare(`SELECT MIN(year) AS year FROM "Observation" WHERE indicatorId = ? AND year > ?`);
  const years: number[] = [];
  for (let after = -1; ; ) {
    const found = (nextYear.get(row.id, after) as { year: number | null }).year;
    if (found === null) break;
    years.push(found);
    after = found;
  }
  const { id: _id, higherIsBetter, ...indicator } = row;
  return { ...indicator, higherIsBetter: higherIsBetter === null ? null : higherIsBetter === 1, years };
});

export async function indicatorExists(code: string): Promise<boolean> {
  return reader().prepare(`SELECT 1 FROM "Indicator" WHERE code = ?`).get(code) !== undefined;
}
