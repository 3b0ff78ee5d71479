// Reads of the 高新区 / science-city cases: each with its region, the features the documents report and
// the figures seeded for its region (its metrics).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  valueText: string;
  source: { slug: string; titleZh: string; locator: string; observationId: number };
};

export type ZoneCaseView = {
  slug: string;
  nameZh: string;
  nameEn: string;
  kind: "high-tech-zone" | "industrial-park" | "science-city";
  established: number | null;
  summaryZh: string;
  region: { slug: string; nameZh: string; parent: { slug: string; nameZh: string } | null };
  source: { slug: string; titleZh: string };
  locator: string;
  features: FeatureEvidence[];
  metrics: ZoneMetric[];
};

const zoneSelect = {
  slug: true, kind: true, established: true, summaryZh: true, locator: true,
  source: { select: { slug: true, titleZh: true } },
  region: {
    select: {
      slug: true, nameZh: true, nameEn: true,
      parent: { select: { slug: true, nameZh: true } },
      observations: {
        select: {
          id: true, value: true, qualifier: true, year: true, valueText: true, locator: true,
          indicator: { select: { code: true, nameZh: true, nameEn: true, unit: true } },
          source: { select: { slug: true, titleZh: true } },
        },
        orderBy: [{ indicatorId: "asc" }, { year: "asc" }],
      },
    },
  },
  features: {
    select: { category: true, key: true, labelZh: true, evidenceZh: true, locator: true, source: { select: { slug: true, titleZh: true } } },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.ZoneCaseSelect;

type ZoneRow = Awaited<ReturnType<typeof findZones>>[number];

function findZones(slugs?: string[]) {
  return db.zoneCase.findMany({ where: slugs ? { slug: { in: slugs } } : {}, select: zoneSelect, orderBy: { id: "asc" } });
}

function toView({ region, features, kind, ...z }: ZoneRow): ZoneCaseView {
  const { observations, nameZh, nameEn, ...regionRest } = region;
  return {
    ...z,
    nameZh,
    nameEn,
    kind: kind as ZoneCaseView["kind"],
    region: { ...regionRest, nameZh },
    features: features.map((f) => ({ ...f, category: f.category as FeatureCategory })),
    metrics: observations.map((o) => ({
      code: o.indicator.code,
      labelZh: o.indicator.nameZh,
      labelEn: o.indicator.nameEn,
      value: o.value,
      unit: o.indicator.unit as UnitCode,
      qualifier: o.qualifier,
      year: o.year,
      valueText: o.valueText,
      source: { ...o.source, locator: o.locator, observationId: o.id },
    })),
  };
}

export async function listZoneCases(): Promise<ZoneCaseView[]> {
  return (await findZones()).map(toView);
}

export async function getZoneCase(slug: string): Promise<ZoneCaseView | null> {
  const [row] = await findZones([slug]);
  return row ? toView(row) : null;
}

/** The named cases in the order asked for; unknown slugs are left out (the caller reports them). */
export async function findZoneCases(slugs: string[]): Promise<ZoneCaseView[]> {
  const bySlug = new Map((await findZones(slugs)).map((row) => [row.slug, toView(row)]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}
