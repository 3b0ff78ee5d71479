// Reads of regions.
import { cache } from "react";
import { db } from "@/lib/db/prisma";
import { inLists } from "@/lib/db/bind";
import { query } from "@/lib/db/query";
import type { DerivedFrom, RegionDollarFigure } from "@/lib/domain/regional-stages";
import { getRegionalStageData, getRegionStageData, latestBySlug } from "./regional-stages";

/** A source as a row names it: name it with sourceName (lib/domain/citation.ts) in the page's language. */
export type SourceNameRef = { slug: string; titleZh: string; shortTitleZh: string | null; titleEn: string; shortTitleEn: string | null };

/** The source columns a statement on `"Source" AS s` selects as sourceSlug, sourceTitleZh …, and the object made of them. */
const sourceColumns = [
  "s.slug as sourceSlug", "s.titleZh as sourceTitleZh", "s.shortTitleZh as sourceShortTitleZh", "s.titleEn as sourceTitleEn", "s.shortTitleEn as sourceShortTitleEn",
] as const;
type SourceColumns = { sourceSlug: string; sourceTitleZh: string; sourceShortTitleZh: string | null; sourceTitleEn: string; sourceShortTitleEn: string | null };
type MaybeSourceColumns = { [K in keyof SourceColumns]: SourceColumns[K] | null };

function sourceRef(row: SourceColumns): SourceNameRef {
  return { slug: row.sourceSlug, titleZh: row.sourceTitleZh, shortTitleZh: row.sourceShortTitleZh, titleEn: row.sourceTitleEn, shortTitleEn: row.sourceShortTitleEn };
}

/** A LEFT JOIN's source: null when the row names none. */
function maybeSourceRef({ sourceSlug, sourceTitleZh, sourceTitleEn, ...rest }: MaybeSourceColumns): SourceNameRef | null {
  return sourceSlug === null || sourceTitleZh === null || sourceTitleEn === null ? null : sourceRef({ ...rest, sourceSlug, sourceTitleZh, sourceTitleEn });
}

/** A LEFT JOIN's parent region: null when the region has none. */
function maybeParent(slug: string | null, nameZh: string | null, nameEn: string | null): RegionSummary["parent"] {
  return slug === null || nameZh === null || nameEn === null ? null : { slug, nameZh, nameEn };
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

const centreDesignations = ["international-innovation-centre", "regional-innovation-centre"] as const;

/** A designation read back from the store, as one of the centres' (null for any other). */
function centreDesignation(designation: string | null): CentreView["designation"] | null {
  return centreDesignations.find((d) => d === designation) ?? null;
}

/** The S&T innovation centres the national plan names, international ones first. */
export async function listInnovationCentres(): Promise<CentreView[]> {
  const rows = await query()
    .selectFrom("Region as r")
    .leftJoin("Source as s", "s.id", "r.sourceId")
    .select(["r.slug", "r.nameZh", "r.nameEn", "r.level", "r.designation", "r.designationNoteZh", "r.locator", ...sourceColumns])
    .where("r.designation", "in", centreDesignations)
    .orderBy("r.designation")
    .orderBy("r.id")
    .execute();
  return rows.flatMap(({ slug, nameZh, nameEn, level, designation, designationNoteZh, locator, ...source }) => {
    const centre = centreDesignation(designation);
    return centre === null ? [] : [{ slug, nameZh, nameEn, level, designation: centre, designationNoteZh, locator, source: maybeSourceRef(source) }];
  });
}

export type RegionLevel = "world" | "nation" | "macro-region" | "province" | "city" | "zone";

/** A region's latest GDP per capita in dollars: as its source gives it, or converted from yuan at that year's
 * average rate (then with the yuan figure, the rate and their sources). */
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

/** The named regions in the order asked for; unknown slugs are left out (the caller reports them). */
export async function findRegions(slugs: string[]): Promise<RegionSummary[]> {
  const [found, stages] = await Promise.all([
    Promise.all(inLists(slugs).map((part) => findRegionSummaries({ slug: { in: part } }))).then((lists) => lists.flat()),
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

/**
 * Cached per request: the page and its metadata ask for the same profile. Typed SQL on the indexes (see
 * lib/db/query.ts): the Prisma version made six round trips of 4-6 ms each. After the region's own row, the
 * other reads go out together (on PostgreSQL over several connections of the pool).
 */
export const getRegionProfile = cache(async (slug: string): Promise<RegionProfile | null> => {
  const q = query();
  const row = await q
    .selectFrom("Region as r")
    .leftJoin("Region as p", "p.id", "r.parentId")
    .leftJoin("Source as s", "s.id", "r.sourceId")
    .select([
      "r.id", "r.slug", "r.nameZh", "r.nameEn", "r.level", "r.adminCode", "r.designation", "r.designationNoteZh",
      "p.slug as parentSlug", "p.nameZh as parentNameZh", "p.nameEn as parentNameEn", ...sourceColumns,
    ])
    .where("r.slug", "=", slug)
    .executeTakeFirst();
  if (!row) return null;
  const [observations, stages, children, zoneCases, notes] = await Promise.all([
    q.selectFrom("Observation").select((eb) => eb.fn.countAll<number>().as("n")).where("regionId", "=", row.id).executeTakeFirstOrThrow(),
    getRegionStageData(slug),
    q.selectFrom("Region").select(["slug", "nameZh", "nameEn", "level"]).where("parentId", "=", row.id).orderBy("id").execute(),
    // A city's cases sit on its zone regions: list the cases of the region and of its children.
    q
      .selectFrom("ZoneCase as z")
      .innerJoin("Region as r", "r.id", "z.regionId")
      .select(["z.slug", "z.kind", "r.nameZh", "r.nameEn"])
      .where((eb) => eb.or([eb("z.regionId", "=", row.id), eb("r.parentId", "=", row.id)]))
      .orderBy("z.id")
      .execute(),
    q
      .selectFrom("RegionNote as n")
      .innerJoin("Source as s", "s.id", "n.sourceId")
      .select(["n.key", "n.kind", "n.titleZh", "n.bodyZh", "n.period", "n.locator", ...sourceColumns])
      .where("n.regionId", "=", row.id)
      .orderBy("n.id")
      .execute(),
  ]);
  return {
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    level: row.level as RegionLevel,
    adminCode: row.adminCode,
    designation: row.designation,
    parent: maybeParent(row.parentSlug, row.parentNameZh, row.parentNameEn),
    observationCount: observations.n,
    zoneCaseCount: zoneCases.length,
    latestGdp: toLatestGdp(latestBySlug(stages.figures).get(slug)),
    designationNoteZh: row.designationNoteZh,
    designationSource: maybeSourceRef(row),
    children: children.map(({ level, ...child }) => ({ ...child, level: level as RegionLevel })),
    zoneCases,
    notes: notes.map(({ key, kind, titleZh, bodyZh, period, locator, ...source }) => ({
      key, kind: kind as RegionNoteView["kind"], titleZh, bodyZh, period, locator, source: sourceRef(source),
    })),
  };
});
