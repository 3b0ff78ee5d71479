// The figures a composite index is computed on: every province × the spec's indicators for one year, the
// year before (for last-year imputation) and the national figures (the reference), in the shape lib/index
// takes. Plain SQL on the (indicatorId, year, value) index, like the other hot reads (lib/db/reader.ts).
import "server-only";
import { additiveUnits, isUnitCode } from "@/lib/domain/units";
import type { IndexInputs, IndexRegionMeta } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import { reader } from "@/lib/db/reader";
import { nationalSlug } from "./region-values";

type CellRow = { code: string; slug: string; year: number; value: number; sourceSlug: string; sourceName: string; sourceNameEn: string };

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/** Indicator codes of a spec, in its order. */
export const specIndicatorKeys = (spec: IndexSpec): string[] => spec.pillars.flatMap((p) => p.indicators.map((i) => i.key));

/**
 * Years in which the spec's indicators have province figures, newest first, each with how many of the
 * spec's indicators it covers. The default year is the newest one covering them all.
 */
export function listIndexYears(spec: IndexSpec): { year: number; indicators: number }[] {
  const keys = specIndicatorKeys(spec);
  const rows = reader().prepare(`
    SELECT o.year AS year, COUNT(DISTINCT o.indicatorId) AS indicators
    FROM "Observation" o
    JOIN "Indicator" i ON i.id = o.indicatorId
    JOIN "Region" r ON r.id = o.regionId AND r.level = 'province'
    WHERE i.code IN (${placeholders(keys.length)})
    GROUP BY o.year
    ORDER BY o.year DESC`).all(...keys) as { year: number; indicators: number }[];
  return rows;
}

/** The newest year with province figures for every indicator of the spec the store knows; null if none. */
export function defaultIndexYear(spec: IndexSpec): number | null {
  const years = listIndexYears(spec);
  if (years.length === 0) return null;
  const most = Math.max(...years.map((y) => y.indicators));
  return years.find((y) => y.indicators === most)!.year;
}

/** The province × indicator matrix for `year` (first figure added wins where two sources give one). */
export function getIndexInputs(spec: IndexSpec, year: number): IndexInputs {
  const keys = specIndicatorKeys(spec);
  const sqlite = reader();
  const provinces = sqlite.prepare(`
    SELECT slug, nameZh, nameEn, adminCode FROM "Region" WHERE level = 'province'
    ORDER BY adminCode IS NULL, adminCode, slug`).all() as IndexRegionMeta[];
  const known = new Map(
    (sqlite.prepare(`SELECT code, nameZh, nameEn, unit FROM "Indicator" WHERE code IN (${placeholders(keys.length)})`).all(...keys) as { code: string; nameZh: string; nameEn: string; unit: string }[])
      .map((row) => [row.code, row]),
  );
  const cells = sqlite.prepare(`
    SELECT i.code AS code, r.slug AS slug, o.year AS year, o.value AS value, s.slug AS sourceSlug, COALESCE(s.shortTitleZh, s.titleZh) AS sourceName,
           COALESCE(NULLIF(TRIM(s.shortTitleEn), ''), NULLIF(TRIM(s.titleEn), ''), s.shortTitleZh, s.titleZh) AS sourceNameEn
    FROM "Observation" o
    JOIN "Indicator" i ON i.id = o.indicatorId
    JOIN "Region" r ON r.id = o.regionId
    JOIN "Source" s ON s.id = o.sourceId
    WHERE i.code IN (${placeholders(keys.length)}) AND o.year IN (?, ?) AND (r.level = 'province' OR r.slug = ?)
    ORDER BY o.id`).all(...keys, year, year - 1, nationalSlug) as CellRow[];

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
