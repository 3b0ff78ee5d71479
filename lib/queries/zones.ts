// Reads of the 高新区 / science-city cases: each with its region, the features the documents report and
// the figures seeded for its region (its metrics).
import "server-only";
import { inLists } from "@/lib/db/bind";
import { query } from "@/lib/db/query";
import { groupByKey } from "@/lib/domain/group-by";
import type { FeatureCategory, FeatureEvidence } from "@/lib/domain/zone-matrix";
import type { UnitCode } from "@/lib/domain/units";

export type ZoneMetric = {
  code: string;
  labelZh: string;
  labelEn: string;
  value: number;
  unit: UnitCode;
  qualifier: string | null;
  year: number;
  /** Absent in hand-made fixtures: read as a single observed year. */
  periodStart?: number | null;
  yearBasis?: string;
  valueText: string;
  source: { slug: string; titleZh: string; shortTitleZh?: string | null; titleEn?: string; shortTitleEn?: string | null; locator: string; observationId: number };
};

/** A feature as the store holds it: its label also in English (null for none). */
export type ZoneFeatureView = FeatureEvidence & { labelEn: string | null };

export type ZoneCaseView = {
  slug: string;
  nameZh: string;
  nameEn: string;
  kind: "high-tech-zone" | "industrial-park" | "science-city";
  established: number | null;
  summaryZh: string;
  region: { slug: string; nameZh: string; nameEn: string; parent: { slug: string; nameZh: string; nameEn: string } | null };
  source: { slug: string; titleZh: string; shortTitleZh: string | null; titleEn: string; shortTitleEn: string | null };
  locator: string;
  features: ZoneFeatureView[];
  metrics: ZoneMetric[];
};

/**
 * Cases with their features and metrics in three SQL statements (more only for lists longer than one
 * statement binds; see lib/db/query.ts): the Prisma version's nested reads were most of the comparison
 * page's server time (bench/paint). Every case when `slugs` is absent; none when it is empty.
 */
async function findZones(slugs?: string[]): Promise<ZoneCaseView[]> {
  const q = query();
  const allCases = q
    .selectFrom("ZoneCase as z")
    .innerJoin("Source as s", "s.id", "z.sourceId")
    .innerJoin("Region as r", "r.id", "z.regionId")
    .leftJoin("Region as p", "p.id", "r.parentId")
    .select([
      "z.id", "z.slug", "z.kind", "z.established", "z.summaryZh", "z.locator",
      "s.slug as sourceSlug", "s.titleZh as sourceTitleZh", "s.shortTitleZh as sourceShortTitleZh", "s.titleEn as sourceTitleEn", "s.shortTitleEn as sourceShortTitleEn",
      "r.id as regionId", "r.slug as regionSlug", "r.nameZh", "r.nameEn", "p.slug as parentSlug", "p.nameZh as parentNameZh", "p.nameEn as parentNameEn",
    ])
    .orderBy("z.id");
  const cases = slugs ? (await Promise.all(inLists(slugs).map((part) => allCases.where("z.slug", "in", part).execute()))).flat() : await allCases.execute();
  if (cases.length === 0) return [];
  const [features, metrics] = await Promise.all([
    Promise.all(inLists(cases.map((c) => c.id)).map((caseIds) =>
      q
        .selectFrom("ZoneFeature as f")
        .innerJoin("Source as s", "s.id", "f.sourceId")
        .select(["f.zoneCaseId", "f.category", "f.key", "f.labelZh", "f.labelEn", "f.evidenceZh", "f.locator", "s.slug as sourceSlug", "s.titleZh as sourceTitleZh"])
        .where("f.zoneCaseId", "in", caseIds)
        .orderBy("f.id")
        .execute(),
    )).then((parts) => groupByKey(parts.flat(), (f) => f.zoneCaseId)),
    Promise.all(inLists(cases.map((c) => c.regionId)).map((regionIds) =>
      q
        .selectFrom("Observation as o")
        .innerJoin("Indicator as i", "i.id", "o.indicatorId")
        .innerJoin("Source as s", "s.id", "o.sourceId")
        .select([
          "o.id", "o.regionId", "o.value", "o.qualifier", "o.year", "o.periodStart", "o.yearBasis", "o.valueText", "o.locator",
          "i.code", "i.nameZh as labelZh", "i.nameEn as labelEn", "i.unit",
          "s.slug as sourceSlug", "s.titleZh as sourceTitleZh", "s.shortTitleZh as sourceShortTitleZh", "s.titleEn as sourceTitleEn", "s.shortTitleEn as sourceShortTitleEn",
        ])
        .where("o.regionId", "in", regionIds)
        .orderBy("o.indicatorId")
        .orderBy("o.year")
        .execute(),
    )).then((parts) => groupByKey(parts.flat(), (o) => o.regionId)),
  ]);
  return cases.map((c) => ({
    slug: c.slug,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    kind: c.kind as ZoneCaseView["kind"],
    established: c.established,
    summaryZh: c.summaryZh,
    region: {
      slug: c.regionSlug,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      parent: c.parentSlug === null || c.parentNameZh === null || c.parentNameEn === null ? null : { slug: c.parentSlug, nameZh: c.parentNameZh, nameEn: c.parentNameEn },
    },
    source: { slug: c.sourceSlug, titleZh: c.sourceTitleZh, shortTitleZh: c.sourceShortTitleZh, titleEn: c.sourceTitleEn, shortTitleEn: c.sourceShortTitleEn },
    locator: c.locator,
    features: (features.get(c.id) ?? []).map((f) => ({
      category: f.category as FeatureCategory, key: f.key, labelZh: f.labelZh, labelEn: f.labelEn, evidenceZh: f.evidenceZh, locator: f.locator,
      source: { slug: f.sourceSlug, titleZh: f.sourceTitleZh },
    })),
    metrics: (metrics.get(c.regionId) ?? []).map((o) => ({
      code: o.code, labelZh: o.labelZh, labelEn: o.labelEn, value: o.value, unit: o.unit as UnitCode, qualifier: o.qualifier, year: o.year, periodStart: o.periodStart, yearBasis: o.yearBasis, valueText: o.valueText,
      source: {
        slug: o.sourceSlug, titleZh: o.sourceTitleZh, shortTitleZh: o.sourceShortTitleZh, titleEn: o.sourceTitleEn, shortTitleEn: o.sourceShortTitleEn,
        locator: o.locator, observationId: o.id,
      },
    })),
  }));
}

export async function listZoneCases(): Promise<ZoneCaseView[]> {
  return findZones();
}

export async function getZoneCase(slug: string): Promise<ZoneCaseView | null> {
  return (await findZones([slug]))[0] ?? null;
}

/** The named cases in the order asked for; unknown slugs are left out (the caller reports them). */
export async function findZoneCases(slugs: string[]): Promise<ZoneCaseView[]> {
  const bySlug = new Map((await findZones(slugs)).map((zone) => [zone.slug, zone]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}
