// Reads of regions.
import { cache } from "react";
import { db } from "@/lib/db/prisma";
import type { DerivedFrom, RegionDollarFigure } from "@/lib/domain/regional-stages";
import { reader } from "@/lib/db/reader";
import { getRegionalStageData, latestBySlug } from "./regional-stages";

/** A source as a row names it: name it with sourceName (lib/domain/citation.ts) in the page's language. */
export type SourceNameRef = { slug: string; titleZh: string; shortTitleZh: string | null; titleEn: string; shortTitleEn: string | null };

/** The source columns a statement selects as sourceSlug, sourceTitleZh …, and the object made of them. */
const sourceColumns = `s.slug AS sourceSlug, s.titleZh AS sourceTitleZh, s.shortTitleZh AS sourceShortTitleZh, s.titleEn AS sourceTitleEn, s.shortTitleEn AS sourceShortTitleEn`;
type SourceColumns = { sourceSlug: string; sourceTitleZh: string; sourceShortTitleZh: string | null; sourceTitleEn: string; sourceShortTitleEn: string | null };
type MaybeSourceColumns = { [K in keyof SourceColumns]: SourceColumns[K] | null };

function sourceRef(row: SourceColumns): SourceNameRef {
  return { slug: row.sourceSlug, titleZh: row.sourceTitleZh, shortTitleZh: row.sourceShortTitleZh, titleEn: row.sourceTitleEn, shortTitleEn: row.sourceShortTitleEn };
}

/** A LEFT JOIN's source: null when the row names none. */
function maybeSourceRef(row: MaybeSourceColumns): SourceNameRef | null {
  return row.sourceSlug === null ? null : sourceRef(row as SourceColumns);
}

export type CentreView = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: string;
  designation: "international-innovation-centre" | "regional-innovation-centre";
  designationNoteZh: string | null;
  source: SourceNameRef | null;
  locator: string | null;
};

/** The S&T innovation centres the national plan names, international ones first. */
export async function listInnovationCentres(): Promise<CentreView[]> {
  const rows = reader().prepare(`
    SELECT r.slug, r.nameZh, r.nameEn, r.level, r.designation, r.designationNoteZh, r.locator, ${sourceColumns}
    FROM "Region" r LEFT JOIN "Source" s ON s.id = r.sourceId
    WHERE r.designation IN ('international-innovation-centre', 'regional-innovation-centre')
    ORDER BY r.designation, r.id`).all() as (Omit<CentreView, "source"> & MaybeSourceColumns)[];
  return rows.map(({ sourceSlug, sourceTitleZh, sourceShortTitleZh, sourceTitleEn, sourceShortTitleEn, ...r }) => ({
    ...r,
    source: maybeSourceRef({ sourceSlug, sourceTitleZh, sourceShortTitleZh, sourceTitleEn, sourceShortTitleEn }),
  }));
}

/** A region's latest GDP per capita in dollars: as its source gives it, or converted from yuan at that year's
 * average rate (then with the yuan figure, the rate and their sources). */

export type RegionLevel = "world" | "nation" | "macro-region" | "province" | "city" | "zone";

export type LatestGdp = { value: number; year: number; qualifier: string | null; derivedFrom: DerivedFrom | null };

function toLatestGdp(f: RegionDollarFigure | undefined): LatestGdp | null {
  return f ? { value: f.gdpPerCapitaUsd, year: f.year, qualifier: f.qualifier, derivedFrom: f.derivedFrom } : null;
}

export type RegionSummary = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  adminCode: string | null;
  designation: string | null;
  parent: { slug: string; nameZh: string; nameEn: string } | null;
  observationCount: number;
  zoneCaseCount: number;
  latestGdp: LatestGdp | null;
};

const summarySelect = {
  slug: true, nameZh: true, nameEn: true, level: true, adminCode: true, designation: true,
  parent: { select: { slug: true, nameZh: true, nameEn: true } },
  _count: { select: { observations: true, zoneCases: true } },
} as const;

type SummaryRow = Awaited<ReturnType<typeof findRegionSummaries>>[number];

function findRegionSummaries(where: { slug?: { in: string[] } } = {}) {
  return db.region.findMany({ where, select: summarySelect, orderBy: { id: "asc" } });
}

function toSummary({ _count, level, ...r }: SummaryRow, latest: Map<string, RegionDollarFigure>): RegionSummary {
  return {
    ...r,
    level: level as RegionLevel,
    observationCount: _count.observations,
    zoneCaseCount: _count.zoneCases,
    latestGdp: toLatestGdp(latest.get(r.slug)),
  };
}

/** Every region, in catalogue order, with its latest GDP per capita in dollars when one is known. */
export async function listRegions(): Promise<RegionSummary[]> {
  const [rows, stages] = await Promise.all([findRegionSummaries(), getRegionalStageData()]);
  const latest = latestBySlug(stages.figures);
  return rows.map((r) => toSummary(r, latest));
}

/** Prisma's SQLite adapter refuses a statement with more bound values than SQLite's classic 999. */
const slugsPerQuery = 500;

/** The named regions in the order asked for; unknown slugs are left out (the caller reports them). */
export async function findRegions(slugs: string[]): Promise<RegionSummary[]> {
  const unique = [...new Set(slugs)];
  const parts = Array.from({ length: Math.ceil(unique.length / slugsPerQuery) }, (_, i) => unique.slice(i * slugsPerQuery, (i + 1) * slugsPerQuery));
  const [found, stages] = await Promise.all([
    Promise.all(parts.map((part) => findRegionSummaries({ slug: { in: part } }))).then((lists) => lists.flat()),
    getRegionalStageData(),
  ]);
  const latest = latestBySlug(stages.figures);
  const rows = found.map((r) => toSummary(r, latest));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}

export type RegionNoteView = {
  key: string;
  kind: "programme" | "institution" | "context";
  titleZh: string;
  bodyZh: string;
  period: string | null;
  locator: string;
  source: SourceNameRef;
};

export type RegionProfile = RegionSummary & {
  designationNoteZh: string | null;
  designationSource: SourceNameRef | null;
  children: { slug: string; nameZh: string; nameEn: string; level: RegionLevel }[];
  zoneCases: { slug: string; nameZh: string; nameEn: string; kind: string }[];
  notes: RegionNoteView[];
};

type RegionRow = {
  id: number; slug: string; nameZh: string; nameEn: string; level: string; adminCode: string | null; designation: string | null;
  designationNoteZh: string | null; parentSlug: string | null; parentNameZh: string | null; parentNameEn: string | null;
} & MaybeSourceColumns;

/**
 * Cached per request: the page and its metadata ask for the same profile. Plain SQL on the indexes
 * (see lib/db/reader.ts): the Prisma version made six round trips of 4-6 ms each.
 */
export const getRegionProfile = cache(async (slug: string): Promise<RegionProfile | null> => {
  const sql = reader();
  const row = sql.prepare(`
    SELECT r.id, r.slug, r.nameZh, r.nameEn, r.level, r.adminCode, r.designation, r.designationNoteZh,
           p.slug AS parentSlug, p.nameZh AS parentNameZh, p.nameEn AS parentNameEn, ${sourceColumns}
    FROM "Region" r LEFT JOIN "Region" p ON p.id = r.parentId LEFT JOIN "Source" s ON s.id = r.sourceId
    WHERE r.slug = ?`).get(slug) as RegionRow | undefined;
  if (!row) return null;
  const observationCount = (sql.prepare(`SELECT COUNT(*) AS n FROM "Observation" WHERE regionId = ?`).get(row.id) as { n: number }).n;
  const latestGdp = toLatestGdp(latestBySlug((await getRegionalStageData({ region: slug })).figures).get(slug));
  const children = sql.prepare(`SELECT slug, nameZh, nameEn, level FROM "Region" WHERE parentId = ? ORDER BY id`).all(row.id) as RegionProfile["children"];
  // A city's cases sit on its zone regions: list the cases of the region and of its children.
  const zoneCases = sql.prepare(`
    SELECT z.slug, z.kind, r.nameZh, r.nameEn FROM "ZoneCase" z JOIN "Region" r ON r.id = z.regionId
    WHERE z.regionId = ? OR r.parentId = ? ORDER BY z.id`).all(row.id, row.id) as RegionProfile["zoneCases"];
  const notes = (sql.prepare(`
    SELECT n.key, n.kind, n.titleZh, n.bodyZh, n.period, n.locator, ${sourceColumns}
    FROM "RegionNote" n JOIN "Source" s ON s.id = n.sourceId WHERE n.regionId = ? ORDER BY n.id`).all(row.id) as (Omit<RegionNoteView, "source"> & SourceColumns)[])
    .map(({ sourceSlug, sourceTitleZh, sourceShortTitleZh, sourceTitleEn, sourceShortTitleEn, ...n }) => ({
      ...n,
      source: sourceRef({ sourceSlug, sourceTitleZh, sourceShortTitleZh, sourceTitleEn, sourceShortTitleEn }),
    }));
  return {
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    level: row.level as RegionLevel,
    adminCode: row.adminCode,
    designation: row.designation,
    parent: row.parentSlug ? { slug: row.parentSlug, nameZh: row.parentNameZh!, nameEn: row.parentNameEn! } : null,
    observationCount,
    zoneCaseCount: zoneCases.length,
    latestGdp,
    designationNoteZh: row.designationNoteZh,
    designationSource: maybeSourceRef(row),
    children,
    zoneCases,
    notes,
  };
});
