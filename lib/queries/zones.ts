// Reads of the 高新区 / science-city cases: each with its region, the features the documents report and
// the figures seeded for its region (its metrics).
import "server-only";
import { reader } from "@/lib/db/reader";
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

type CaseRow = {
  id: number; slug: string; kind: string; established: number | null; summaryZh: string; locator: string;
  sourceSlug: string; sourceTitleZh: string; sourceShortTitleZh: string | null; sourceTitleEn: string; sourceShortTitleEn: string | null;
  regionId: number; regionSlug: string; nameZh: string; nameEn: string;
  parentSlug: string | null; parentNameZh: string | null; parentNameEn: string | null;
};
type FeatureRow = Omit<ZoneFeatureView, "source"> & { zoneCaseId: number; sourceSlug: string; sourceTitleZh: string };
type MetricRow = Omit<ZoneMetric, "source" | "unit"> & {
  regionId: number; unit: string; id: number; locator: string;
  sourceSlug: string; sourceTitleZh: string; sourceShortTitleZh: string | null; sourceTitleEn: string; sourceShortTitleEn: string | null;
};

/**
 * Cases with their features and metrics in three SQL statements (see lib/db/reader.ts): the Prisma
 * version's nested reads were most of the comparison page's server time (bench/paint).
 */
function findZones(slugs?: string[]): ZoneCaseView[] {
  const sql = reader();
  const filter = slugs ? `WHERE z.slug IN (${slugs.map(() => "?").join(",") || "NULL"})` : "";
  const cases = sql.prepare(`
    SELECT z.id, z.slug, z.kind, z.established, z.summaryZh, z.locator, s.slug AS sourceSlug, s.titleZh AS sourceTitleZh, s.shortTitleZh AS sourceShortTitleZh,
           s.titleEn AS sourceTitleEn, s.shortTitleEn AS sourceShortTitleEn,
           r.id AS regionId, r.slug AS regionSlug, r.nameZh, r.nameEn, p.slug AS parentSlug, p.nameZh AS parentNameZh, p.nameEn AS parentNameEn
    FROM "ZoneCase" z JOIN "Source" s ON s.id = z.sourceId JOIN "Region" r ON r.id = z.regionId LEFT JOIN "Region" p ON p.id = r.parentId
    ${filter} ORDER BY z.id`).all(...(slugs ?? [])) as CaseRow[];
  if (cases.length === 0) return [];
  const caseIds = cases.map((c) => c.id);
  const regionIds = cases.map((c) => c.regionId);
  const features = sql.prepare(`
    SELECT f.zoneCaseId, f.category, f.key, f.labelZh, f.labelEn, f.evidenceZh, f.locator, s.slug AS sourceSlug, s.titleZh AS sourceTitleZh
    FROM "ZoneFeature" f JOIN "Source" s ON s.id = f.sourceId
    WHERE f.zoneCaseId IN (${caseIds.map(() => "?").join(",")}) ORDER BY f.id`).all(...caseIds) as FeatureRow[];
  const metrics = sql.prepare(`
    SELECT o.id, o.regionId, o.value, o.qualifier, o.year, o.periodStart, o.yearBasis, o.valueText, o.locator, i.code, i.nameZh AS labelZh, i.nameEn AS labelEn, i.unit,
           s.slug AS sourceSlug, s.titleZh AS sourceTitleZh, s.shortTitleZh AS sourceShortTitleZh, s.titleEn AS sourceTitleEn, s.shortTitleEn AS sourceShortTitleEn
    FROM "Observation" o JOIN "Indicator" i ON i.id = o.indicatorId JOIN "Source" s ON s.id = o.sourceId
    WHERE o.regionId IN (${regionIds.map(() => "?").join(",")}) ORDER BY o.indicatorId, o.year`).all(...regionIds) as MetricRow[];
  return cases.map((c) => ({
    slug: c.slug,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    kind: c.kind as ZoneCaseView["kind"],
    established: c.established,
    summaryZh: c.summaryZh,
    region: { slug: c.regionSlug, nameZh: c.nameZh, nameEn: c.nameEn, parent: c.parentSlug ? { slug: c.parentSlug, nameZh: c.parentNameZh!, nameEn: c.parentNameEn! } : null },
    source: { slug: c.sourceSlug, titleZh: c.sourceTitleZh, shortTitleZh: c.sourceShortTitleZh, titleEn: c.sourceTitleEn, shortTitleEn: c.sourceShortTitleEn },
    locator: c.locator,
    features: features
      .filter((f) => f.zoneCaseId === c.id)
      .map((f) => ({
        category: f.category as FeatureCategory, key: f.key, labelZh: f.labelZh, labelEn: f.labelEn, evidenceZh: f.evidenceZh, locator: f.locator,
        source: { slug: f.sourceSlug, titleZh: f.sourceTitleZh },
      })),
    metrics: metrics
      .filter((o) => o.regionId === c.regionId)
      .map((o) => ({
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
  return findZones([slug])[0] ?? null;
}

/** The named cases in the order asked for; unknown slugs are left out (the caller reports them). */
export async function findZoneCases(slugs: string[]): Promise<ZoneCaseView[]> {
  const bySlug = new Map(findZones(slugs).map((zone) => [zone.slug, zone]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}
