// Reads of observations: a region's headline figures and one indicator's series, shaped for views.
import "server-only";
import { db } from "@/lib/db";
import type { UnitCode } from "@/lib/domain/units";

export type ObservationView = {
  id: number;
  indicator: { code: string; nameZh: string; unit: UnitCode; category: string };
  region: { slug: string; nameZh: string };
  year: number;
  periodStart: number | null;
  yearBasis: string;
  value: number;
  qualifier: string | null;
  valueText: string;
  locator: string;
  noteZh: string;
  source: { slug: string; titleZh: string; file: string | null };
};

const observationSelect = {
  id: true,
  year: true,
  periodStart: true,
  yearBasis: true,
  value: true,
  qualifier: true,
  valueText: true,
  locator: true,
  noteZh: true,
  indicator: { select: { id: true, code: true, nameZh: true, unit: true, category: true } },
  region: { select: { slug: true, nameZh: true } },
  source: { select: { slug: true, titleZh: true, file: true } },
} as const;

export type ObservationFilter = {
  region?: string;
  regions?: string[];
  indicator?: string;
  source?: string;
  from?: number;
  to?: number;
};

async function findObservations(filter: ObservationFilter) {
  return db.observation.findMany({
    where: {
      ...(filter.region && { region: { slug: filter.region } }),
      ...(filter.regions && { region: { slug: { in: filter.regions } } }),
      ...(filter.indicator && { indicator: { code: filter.indicator } }),
      ...(filter.source && { source: { slug: filter.source } }),
      ...((filter.from !== undefined || filter.to !== undefined) && { year: { gte: filter.from, lte: filter.to } }),
    },
    select: observationSelect,
    orderBy: [{ year: "asc" }, { id: "asc" }],
  });
}

type ObservationRow = Awaited<ReturnType<typeof findObservations>>[number];

function toView(row: ObservationRow): ObservationView {
  const { id: _indicatorId, ...indicator } = row.indicator;
  return { ...row, indicator: { ...indicator, unit: indicator.unit as UnitCode } };
}

/** Figures matching every given filter, oldest first. */
export async function listObservations(filter: ObservationFilter): Promise<ObservationView[]> {
  return (await findObservations(filter)).map(toView);
}

const categoryOrder = ["economy", "rnd", "innovation", "policy", "stage", "zone"];

export type RegionFigures = { observations: ObservationView[]; headlines: ObservationView[] };

/** A region's figures (oldest first) and the latest figure of each indicator (economy first), in one read. */
export async function listRegionFigures(regionSlug: string): Promise<RegionFigures> {
  const rows = await findObservations({ region: regionSlug });
  const latest = new Map<string, ObservationRow>();
  for (const row of rows) latest.set(row.indicator.code, row); // rows ascend by year: the last one wins
  const headlines = [...latest.values()].sort(
    (a, b) =>
      categoryOrder.indexOf(a.indicator.category) - categoryOrder.indexOf(b.indicator.category) ||
      a.indicator.id - b.indicator.id, // catalogue order: each document lists its key indicator first
  );
  return { observations: rows.map(toView), headlines: headlines.map(toView) };
}

/** The latest figure of every indicator reported for a region, economy first. */
export async function listRegionHeadlines(regionSlug: string): Promise<ObservationView[]> {
  return (await listRegionFigures(regionSlug)).headlines;
}

export async function countObservations(): Promise<number> {
  return db.observation.count();
}
