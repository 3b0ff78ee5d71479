// The figures a composite index is computed on: every province × the spec's indicators for one year, the
// year before (for last-year imputation) and the national figures (the reference), in the shape lib/index
// takes. Typed SQL (lib/db/query.ts) on the (indicatorId, year, value) index, like the other hot reads.
import "server-only";
import { sql } from "kysely";
import { query } from "@/lib/db/query";
import { additiveUnits, isUnitCode } from "@/lib/domain/units";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { nationalSlug } from "./region-values";

/** A text column, NULL when blank, for COALESCE to pass over (TRIM and NULLIF read the same on both databases). */
const blankAsNull = (column: "s.shortTitleEn" | "s.titleEn") => sql<string | null>`NULLIF(TRIM(${sql.ref(column)}), '')`;

/** Indicator codes of a spec, in its order. */
export const specIndicatorKeys = (spec: IndexSpec): string[] => spec.pillars.flatMap((p) => p.indicators.map((i) => i.key));

/**
 * Years in which the spec's indicators have province figures, newest first, each with how many of the
 * spec's indicators it covers. The default year is the newest one covering them all.
 */
export async function listIndexYears(spec: IndexSpec): Promise<{ year: number; indicators: number }[]> {
  return query()
    .selectFrom("Observation as o")
    .innerJoin("Indicator as i", "i.id", "o.indicatorId")
    .innerJoin("Region as r", (join) => join.onRef("r.id", "=", "o.regionId").on("r.level", "=", "province"))
    .select(["o.year", (eb) => eb.fn.count<number>("o.indicatorId").distinct().as("indicators")])
    .where("i.code", "in", specIndicatorKeys(spec))
    .groupBy("o.year")
    .orderBy("o.year", "desc")
    .execute();
}

/** The newest year with province figures for every indicator of the spec the store knows; null if none. */
export async function defaultIndexYear(spec: IndexSpec): Promise<number | null> {
  const years = await listIndexYears(spec);
  if (years.length === 0) return null;
  const most = Math.max(...years.map((y) => y.indicators));
  return years.find((y) => y.indicators === most)!.year;
}

/** The province × indicator matrix for `year` (first figure added wins where two sources give one). */
export async function getIndexInputs(spec: IndexSpec, year: number): Promise<IndexInputs> {
  const keys = specIndicatorKeys(spec);
  const q = query();
  const [provinces, indicators, cells] = await Promise.all([
    // Provinces without an administrative code last, said outright: SQLite sorts NULLs first, PostgreSQL last.
    q.selectFrom("Region")
      .select(["slug", "nameZh", "nameEn", "adminCode"])
      .where("level", "=", "province")
      .orderBy("adminCode", (ob) => ob.asc().nullsLast())
      .orderBy("slug")
      .execute(),
    q.selectFrom("Indicator").select(["code", "nameZh", "nameEn", "unit"]).where("code", "in", keys).execute(),
    q.selectFrom("Observation as o")
      .innerJoin("Indicator as i", "i.id", "o.indicatorId")
      .innerJoin("Region as r", "r.id", "o.regionId")
      .innerJoin("Source as s", "s.id", "o.sourceId")
      .select((eb) => [
        "i.code", "r.slug", "o.year", "o.value", "s.slug as sourceSlug",
        eb.fn.coalesce("s.shortTitleZh", "s.titleZh").as("sourceName"),
        eb.fn.coalesce(blankAsNull("s.shortTitleEn"), blankAsNull("s.titleEn"), "s.shortTitleZh", "s.titleZh").as("sourceNameEn"),
      ])
      .where("i.code", "in", keys)
      .where("o.year", "in", [year, year - 1])
      .where((eb) => eb.or([eb("r.level", "=", "province"), eb("r.slug", "=", nationalSlug)]))
      .orderBy("o.id")
      .execute(),
  ]);
  const known = new Map(indicators.map((row) => [row.code, row]));

  const regionRow = new Map(provinces.map((p, r) => [p.slug, r]));
  const column = new Map(keys.map((k, c) => [k, c]));
  const empty = () => provinces.map(() => keys.map((): number | null => null));
  const values = empty();
  const previous = empty();
  const reference = keys.map((): number | null => null);
  // Both names sourceName (lib/domain/citation.ts) gives, worked out in the statement above.
  const sources = keys.map(() => new Map<string, { name: string; nameEn: string }>());
  const counted = keys.map(() => new Set<string>());
  for (const cell of cells) {
    const c = column.get(cell.code)!;
    if (cell.slug === nationalSlug) {
      if (cell.year === year && reference[c] === null) reference[c] = cell.value;
      continue;
    }
    const r = regionRow.get(cell.slug)!;
    const matrix = cell.year === year ? values : previous;
    if (matrix[r]![c] !== null) continue;
    matrix[r]![c] = cell.value;
    if (cell.year === year) {
      sources[c]!.set(cell.sourceSlug, { name: cell.sourceName, nameEn: cell.sourceNameEn });
      counted[c]!.add(cell.slug);
    }
  }
  const units = keys.map((key) => {
    const unit = known.get(key)?.unit;
    return unit !== undefined && isUnitCode(unit) ? unit : null;
  });
  const referenceKind = keys.map((_, c) => {
    const unit = units[c];
    if (reference[c] === null) return null;
    return unit != null && additiveUnits.has(unit) && counted[c]!.size > 0 ? "national-per-province" : "national";
  });
  referenceKind.forEach((kind, c) => {
    if (kind === "national-per-province") reference[c] = reference[c]! / counted[c]!.size;
  });
  return {
    year,
    data: { regions: provinces.map((p) => p.slug), indicators: keys, values, previous, reference },
    regions: provinces,
    indicators: keys.map((key, c) => {
      const row = known.get(key);
      return {
        key,
        nameZh: row?.nameZh ?? null,
        nameEn: row?.nameEn ?? null,
        unit: units[c]!,
        provinces: counted[c]!.size,
        reference: referenceKind[c]!,
        sources: [...sources[c]!].map(([slug, names]) => ({ slug, ...names })),
      };
    }),
  };
}
