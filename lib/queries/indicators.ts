// Reads of the indicator catalogue: every indicator with how much data it has, and one indicator whole.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/prisma";
import { query } from "@/lib/db/query";
import { truth } from "@/lib/db/values";
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
  const q = query();
  const row = await q
    .selectFrom("Indicator")
    .select(["id", "code", "nameZh", "nameEn", "unit", "category", "definitionZh", "higherIsBetter"])
    .where("code", "=", code)
    .executeTakeFirst();
  if (!row) return null;
  // The years with figures, found by one index seek per year rather than a scan of every figure (3,000 regions
  // × 50 years at county scale), and in one statement: the recursive query asks for the next year after each
  // one found, on the (indicatorId, year, value) index. One query per year cost 50 round trips on PostgreSQL.
  const found = await q
    .withRecursive("y(year)", (db) =>
      db
        .selectFrom("Observation")
        .select((eb) => eb.fn.min<number | null>("year").as("year"))
        .where("indicatorId", "=", row.id)
        .unionAll((db) =>
          db
            .selectFrom("y")
            .select((eb) =>
              eb
                .selectFrom("Observation")
                .select((inner) => inner.fn.min("Observation.year").as("next"))
                .where("Observation.indicatorId", "=", row.id)
                .whereRef("Observation.year", ">", "y.year")
                .as("year"),
            )
            .where("y.year", "is not", null),
        ),
    )
    .selectFrom("y")
    .select("year")
    .where("year", "is not", null)
    .execute();
  const years = found.flatMap((y) => (y.year === null ? [] : [y.year]));
  const { id: _id, higherIsBetter, unit, ...indicator } = row;
  return { ...indicator, unit: unit as UnitCode, higherIsBetter: truth(higherIsBetter), years };
});

export async function indicatorExists(code: string): Promise<boolean> {
  return (await query().selectFrom("Indicator").select("id").where("code", "=", code).executeTakeFirst()) !== undefined;
}
