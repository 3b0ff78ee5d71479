// Reads what the regional stage views need: GDP per capita in dollars (as given) and in yuan, the yuan's
// official average rate to the dollar, each with its source; the domain turns them into dollar figures
// and stages (lib/domain/regional-stages.ts). No "server-only" marker: the overview (Pages Router) reads
// it too; lib/browser-boundary.test.ts keeps it out of browser code.
import { db } from "@/lib/db/prisma";
import { onePer } from "@/lib/domain/region-rank";
import { reader } from "@/lib/db/reader";
import { dollarFigures, type Figure, type Rate, type RegionDollarFigure } from "@/lib/domain/regional-stages";
import { gcr2014, type StageScheme } from "@/lib/domain/stage-scheme";

export const stageIndicators = { usd: "gdp-per-capita-usd", cny: "gdp-per-capita-cny", rate: "cny-per-usd" } as const;

type Row = {
  year: number;
  value: number;
  qualifier: string | null;
  indicator: string;
  region: { slug: string; nameZh: string; nameEn: string; adminCode: string | null; level: string };
  source: { slug: string; kind: string; titleZh: string; tableRef: string | null; authors: string };
};

type SqlRow = Omit<Row, "region" | "source"> & {
  id: number;
  slug: string; nameZh: string; nameEn: string; adminCode: string | null; level: string;
  sourceSlug: string; kind: string; titleZh: string; tableRef: string | null; authors: string;
};

function sourceTitle(s: Row["source"]): string {
  return s.kind === "statistics" ? `${s.authors}《${s.titleZh}》${s.tableRef ?? ""}` : `《${s.titleZh}》`;
}

const select = `
  SELECT o.id, o.year, o.value, o.qualifier, i.code AS indicator,
         r.slug, r.nameZh, r.nameEn, r.adminCode, r.level,
         s.slug AS sourceSlug, s.kind, s.titleZh, s.tableRef, s.authors
  FROM "Observation" o
  JOIN "Indicator" i ON i.id = o.indicatorId
  JOIN "Region" r ON r.id = o.regionId
  JOIN "Source" s ON s.id = o.sourceId`;

/**
 * Plain SQL on the indexes (see lib/db/reader.ts): one region's figures walk (regionId, indicatorId,
 * year); every region's walk (indicatorId, year, value). Prisma's version of the one-region read scanned
 * the table (about 1 s at a million figures).
 */
function readRows(only?: { region: string }): Row[] {
  const sql = reader();
  const raw = only
    ? (sql.prepare(`${select}
        WHERE o.regionId = (SELECT id FROM "Region" WHERE slug = ?) AND o.indicatorId IN (SELECT id FROM "Indicator" WHERE code IN (?, ?))
        UNION ALL ${select}
        WHERE o.regionId = (SELECT id FROM "Region" WHERE slug = 'cn') AND o.indicatorId = (SELECT id FROM "Indicator" WHERE code = ?)`)
        .all(only.region, stageIndicators.usd, stageIndicators.cny, stageIndicators.rate) as SqlRow[])
    : (sql.prepare(`${select} WHERE o.indicatorId IN (SELECT id FROM "Indicator" WHERE code IN (?, ?, ?))`)
        .all(stageIndicators.usd, stageIndicators.cny, stageIndicators.rate) as SqlRow[]);
  // In the order the figures were added (sorted here: an ORDER BY would make SQLite walk the table by id
  // instead of the index), which onePer reads as "the later one".
  raw.sort((a, b) => a.id - b.id);
  return raw.map(({ id: _id, slug, nameZh, nameEn, adminCode, level, sourceSlug, kind, titleZh, tableRef, authors, ...o }) => ({
    ...o,
    region: { slug, nameZh, nameEn, adminCode, level },
    source: { slug: sourceSlug, kind, titleZh, tableRef, authors },
  }));
}

export type RegionalStageData = { scheme: StageScheme; figures: RegionDollarFigure[]; rates: Rate[] };

/** Every dollar figure of every region under the GCR 2014-2015 scheme, or of one region. */
export async function getRegionalStageData(only?: { region: string }): Promise<RegionalStageData> {
  const rows = readRows(only);
  // One figure per indicator, region and year when several sources give one: the same rule as the map and
  // the comparisons (an exact figure over a bound, else the one added last), so every page agrees.
  const chosen = onePer(rows, (r) => `${r.indicator}/${r.region.slug}/${r.year}`);
  const figure = (r: Row): Figure => ({ region: r.region, year: r.year, value: r.value, qualifier: r.qualifier, sourceTitle: sourceTitle(r.source), sourceSlug: r.source.slug });
  const of = (code: string) => chosen.filter((r) => r.indicator === code);
  const rates: Rate[] = of(stageIndicators.rate)
    .filter((r) => r.region.slug === "cn")
    .map((r) => ({ year: r.year, cnyPerUsd: r.value, sourceTitle: sourceTitle(r.source), sourceSlug: r.source.slug }));
  const figures = dollarFigures(gcr2014, of(stageIndicators.usd).map(figure), of(stageIndicators.cny).map(figure), rates)
    .filter((f) => !only || f.region.slug === only.region);
  return { scheme: gcr2014, figures, rates };
}

/** Province slugs by GB/T 2260 code, for tiles of provinces that have no figure. */
export async function provinceSlugsByCode(): Promise<Map<string, string>> {
  const rows = await db.region.findMany({ where: { level: "province", adminCode: { not: null } }, select: { slug: true, adminCode: true } });
  return new Map(rows.map((r) => [r.adminCode!, r.slug]));
}

/** Province names by GB/T 2260 code, for the tiles' labels in the page's language (the tile grid itself names them in Chinese). */
export async function provinceNamesByCode(): Promise<Map<string, { nameZh: string; nameEn: string }>> {
  const rows = await db.region.findMany({ where: { level: "province", adminCode: { not: null } }, select: { nameZh: true, nameEn: true, adminCode: true } });
  return new Map(rows.map((r) => [r.adminCode!, { nameZh: r.nameZh, nameEn: r.nameEn }]));
}

/** Each region's latest dollar figure, by slug. */
export function latestBySlug(figures: RegionDollarFigure[]): Map<string, RegionDollarFigure> {
  const latest = new Map<string, RegionDollarFigure>();
  for (const f of figures) {
    const held = latest.get(f.region.slug);
    if (!held || f.year > held.year) latest.set(f.region.slug, f);
  }
  return latest;
}
