// Reads what the regional stage views need: GDP per capita in dollars (as given) and in yuan, the yuan's
// official average rate to the dollar, each with its source; the domain turns them into dollar figures
// and stages (lib/domain/regional-stages.ts). No "server-only" marker: the overview (Pages Router) reads
// it too; lib/browser-boundary.test.ts keeps it out of browser code.
import { cache } from "react";
import { db } from "@/lib/db/prisma";
import { query, type Query } from "@/lib/db/query";
import { onePer } from "@/lib/domain/region-rank";
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

function sourceTitle(s: Row["source"]): string {
  return s.kind === "statistics" ? `${s.authors}《${s.titleZh}》${s.tableRef ?? ""}` : `《${s.titleZh}》`;
}

/** Figures with their indicator, region and source: one of the statements below adds the WHERE. */
const figureRows = (q: Query) =>
  q
    .selectFrom("Observation as o")
    .innerJoin("Indicator as i", "i.id", "o.indicatorId")
    .innerJoin("Region as r", "r.id", "o.regionId")
    .innerJoin("Source as s", "s.id", "o.sourceId")
    .select([
      "o.id", "o.year", "o.value", "o.qualifier", "i.code as indicator",
      "r.slug", "r.nameZh", "r.nameEn", "r.adminCode", "r.level",
      "s.slug as sourceSlug", "s.kind", "s.titleZh", "s.tableRef", "s.authors",
    ]);

/**
 * Typed SQL on the indexes (see lib/db/query.ts): one region's figures walk (regionId, indicatorId, year);
 * every region's walk (indicatorId, year, value). The ids come from subqueries on the unique slug and code,
 * so the figures are found by index, not by a join that starts from the table. Prisma's version of the
 * one-region read scanned the table (about 1 s at a million figures).
 */
async function readRows(only?: { region: string }): Promise<Row[]> {
  const q = query();
  const regionId = (slug: string) => q.selectFrom("Region").select("id").where("slug", "=", slug);
  const indicatorIds = (codes: string[]) => q.selectFrom("Indicator").select("id").where("code", "in", codes);
  const raw = only
    ? await figureRows(q)
        .where("o.regionId", "=", regionId(only.region))
        .where("o.indicatorId", "in", indicatorIds([stageIndicators.usd, stageIndicators.cny]))
        // The rates are China's, whichever region is asked for.
        .unionAll(figureRows(q).where("o.regionId", "=", regionId("cn")).where("o.indicatorId", "in", indicatorIds([stageIndicators.rate])))
        .execute()
    : await figureRows(q).where("o.indicatorId", "in", indicatorIds([stageIndicators.usd, stageIndicators.cny, stageIndicators.rate])).execute();
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

/** One region's stage data, read once per request however many parts of the page ask (the profile, the stage panel). */
export const getRegionStageData = cache((regionSlug: string) => getRegionalStageData({ region: regionSlug }));

/** Every dollar figure of every region under the GCR 2014-2015 scheme, or of one region. */
export async function getRegionalStageData(only?: { region: string }): Promise<RegionalStageData> {
  const rows = await readRows(only);
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
