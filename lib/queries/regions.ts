// Reads of regions.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type CentreView = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: string;
  designation: "international-innovation-centre" | "regional-innovation-centre";
  designationNoteZh: string | null;
  source: { slug: string; titleZh: string } | null;
  locator: string | null;
};

/** The S&T innovation centres the national plan names, international ones first. */
export async function listInnovationCentres(): Promise<CentreView[]> {
  const rows = await db.region.findMany({
    where: { designation: { in: ["international-innovation-centre", "regional-innovation-centre"] } },
    select: {
      slug: true, nameZh: true, nameEn: true, level: true, designation: true, designationNoteZh: true, locator: true,
      source: { select: { slug: true, titleZh: true } },
    },
    orderBy: [{ designation: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ ...r, designation: r.designation as CentreView["designation"] }));
}

export const gdpIndicator = "gdp-per-capita-usd";

export type RegionLevel = "world" | "nation" | "macro-region" | "province" | "city" | "zone";

export type LatestGdp = { value: number; year: number; qualifier: string | null };

export type RegionSummary = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  adminCode: string | null;
  designation: string | null;
  parent: { slug: string; nameZh: string } | null;
  observationCount: number;
  zoneCaseCount: number;
  latestGdp: LatestGdp | null;
};

const summarySelect = {
  slug: true, nameZh: true, nameEn: true, level: true, adminCode: true, designation: true,
  parent: { select: { slug: true, nameZh: true } },
  _count: { select: { observations: true, zoneCases: true } },
  observations: {
    where: { indicator: { code: gdpIndicator } },
    select: { value: true, year: true, qualifier: true },
    orderBy: { year: "desc" },
    take: 1,
  },
} as const;

type SummaryRow = Awaited<ReturnType<typeof findRegionSummaries>>[number];

function findRegionSummaries(where: { slug?: { in: string[] } } = {}) {
  return db.region.findMany({ where, select: summarySelect, orderBy: { id: "asc" } });
}

function toSummary({ _count, observations, level, ...r }: SummaryRow): RegionSummary {
  return {
    ...r,
    level: level as RegionLevel,
    observationCount: _count.observations,
    zoneCaseCount: _count.zoneCases,
    latestGdp: observations[0] ?? null,
  };
}

/** Every region, in catalogue order, with its latest GDP per capita when one is known. */
export async function listRegions(): Promise<RegionSummary[]> {
  return (await findRegionSummaries()).map(toSummary);
}

/** The named regions in the order asked for; unknown slugs are left out (the caller reports them). */
export async function findRegions(slugs: string[]): Promise<RegionSummary[]> {
  const rows = (await findRegionSummaries({ slug: { in: slugs } })).map(toSummary);
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
  source: { slug: string; titleZh: string };
};

export type RegionProfile = RegionSummary & {
  designationNoteZh: string | null;
  designationSource: { slug: string; titleZh: string } | null;
  children: { slug: string; nameZh: string; level: RegionLevel }[];
  zoneCases: { slug: string; nameZh: string; kind: string }[];
  notes: RegionNoteView[];
};

/** Cached per request: the page and its metadata ask for the same profile. */
export const getRegionProfile = cache(async (slug: string): Promise<RegionProfile | null> => {
  const row = await db.region.findUnique({
    where: { slug },
    select: {
      ...summarySelect,
      designationNoteZh: true,
      source: { select: { slug: true, titleZh: true } },
      children: { select: { slug: true, nameZh: true, level: true }, orderBy: { id: "asc" } },
      notes: {
        select: { key: true, kind: true, titleZh: true, bodyZh: true, period: true, locator: true, source: { select: { slug: true, titleZh: true } } },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!row) return null;
  // A city's cases sit on its zone regions: list the cases of the region and of its children.
  const zoneCases = await db.zoneCase.findMany({
    where: { region: { OR: [{ slug }, { parent: { slug } }] } },
    select: { slug: true, kind: true, region: { select: { nameZh: true } } },
    orderBy: { id: "asc" },
  });
  const { designationNoteZh, source, children, notes, ...summary } = row;
  return {
    ...toSummary(summary),
    designationNoteZh,
    designationSource: source,
    children: children.map((c) => ({ ...c, level: c.level as RegionLevel })),
    zoneCases: zoneCases.map((z) => ({ slug: z.slug, kind: z.kind, nameZh: z.region.nameZh })),
    notes: notes.map((n) => ({ ...n, kind: n.kind as RegionNoteView["kind"] })),
  };
});
