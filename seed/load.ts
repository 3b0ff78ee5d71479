// Writes the seed catalogue and the stage scheme into the database in one transaction. Idempotent:
// every write is an upsert on a natural key, so a second run changes nothing.
import { rawParameter, type Db } from "@/lib/db/prisma-client";
import type { StageScheme } from "@/lib/domain/stage-scheme";
import type { SeedCatalog } from "./catalog";
import { sourceNameColumns } from "./data/source-names";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type SeedCounts = {
  sources: number;
  regions: number;
  indicators: number;
  observations: number;
  stageBands: number;
  zoneCases: number;
  zoneFeatures: number;
  regionNotes: number;
};

export type SchemeCitation = { source: string; locator: string; economiesCovered: number };

async function loadSources(tx: Tx, catalog: SeedCatalog): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const record of catalog.sources) {
    const s = { ...record, ...sourceNameColumns(record.slug) };
    const row = await tx.source.upsert({ where: { slug: s.slug }, create: s, update: s, select: { id: true } });
    ids.set(s.slug, row.id);
  }
  for (const { table, publisher, ...s } of catalog.statisticSources) {
    const data = {
      ...s,
      kind: "statistics",
      file: null,
      tableRef: table,
      originZh: s.originZh ?? null,
      authors: publisher,
      organisation: publisher,
      language: "zh-Hans",
      ...sourceNameColumns(s.slug),
    };
    const row = await tx.source.upsert({ where: { slug: s.slug }, create: data, update: data, select: { id: true } });
    ids.set(s.slug, row.id);
  }
  return ids;
}

async function loadRegions(tx: Tx, catalog: SeedCatalog, sourceIds: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  // First every region, then the parent links, so the order of the records does not matter.
  for (const { parent: _parent, source, ...r } of catalog.regions) {
    const data = { ...r, sourceId: source ? sourceIds.get(source) : null };
    const row = await tx.region.upsert({ where: { slug: r.slug }, create: data, update: data, select: { id: true } });
    ids.set(r.slug, row.id);
  }
  for (const r of catalog.regions) {
    const parentId = r.parent ? ids.get(r.parent) : null;
    await tx.region.update({ where: { slug: r.slug }, data: { parentId } });
  }
  return ids;
}

async function loadIndicators(tx: Tx, catalog: SeedCatalog): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const i of catalog.indicators) {
    const data = { ...i, higherIsBetter: i.higherIsBetter ?? null };
    const row = await tx.indicator.upsert({ where: { code: i.code }, create: data, update: data, select: { id: true } });
    ids.set(i.code, row.id);
  }
  return ids;
}

async function loadStageScheme(tx: Tx, scheme: StageScheme, citation: SchemeCitation, sourceIds: Map<string, number>) {
  const data = {
    key: scheme.key,
    nameZh: scheme.nameZh,
    nameEn: scheme.nameEn,
    economiesCovered: citation.economiesCovered,
    sourceId: sourceIds.get(citation.source) ?? null,
    locator: citation.locator,
  };
  const { id: schemeId } = await tx.stageScheme.upsert({ where: { key: scheme.key }, create: data, update: data });
  for (const { weights, ...band } of scheme.bands) {
    const row = {
      ...band,
      schemeId,
      weightBasic: weights?.basic ?? null,
      weightEfficiency: weights?.efficiency ?? null,
      weightInnovation: weights?.innovation ?? null,
    };
    await tx.stageBand.upsert({ where: { schemeId_key: { schemeId, key: band.key } }, create: row, update: row });
  }
}

export async function loadSeed(
  db: Db,
  catalog: SeedCatalog,
  scheme: StageScheme,
  citation: SchemeCitation,
): Promise<SeedCounts> {
  return db.$transaction(
    async (tx) => {
      const sourceIds = await loadSources(tx, catalog);
      const regionIds = await loadRegions(tx, catalog, sourceIds);
      const indicatorIds = await loadIndicators(tx, catalog);
      await loadStageScheme(tx, scheme, citation, sourceIds);

      const id = (map: Map<string, number>, key: string) => {
        const value = map.get(key);
        if (value === undefined) throw new Error(`seed: no id for ${key}`);
        return value;
      };

      // Observations in batches of one statement each: an upsert on the natural key, as many rows at a time
      // as fit, so seeding a thousand figures takes a fraction of a second instead of one round trip each.
      const rows = catalog.observations.map((o) => [
        id(indicatorIds, o.indicator), id(regionIds, o.region), o.year, id(sourceIds, o.source),
        o.periodStart ?? null, o.yearBasis, o.value, o.qualifier ?? null, o.valueText, o.locator, o.noteZh,
      ]);
      const columns = ["indicatorId", "regionId", "year", "sourceId", "periodStart", "yearBasis", "value", "qualifier", "valueText", "locator", "noteZh"];
      const updated = columns.slice(4).map((c) => `"${c}" = excluded."${c}"`).join(", ");
      for (let i = 0; i < rows.length; i += 200) {
        const batch = rows.slice(i, i + 200);
        const values = batch.map((_, r) => `(${columns.map((_c, c) => rawParameter(db, r * columns.length + c + 1)).join(", ")})`).join(", ");
        await tx.$executeRawUnsafe(
          `INSERT INTO "Observation" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values}
           ON CONFLICT ("indicatorId", "regionId", "year", "sourceId") DO UPDATE SET ${updated}`,
          ...batch.flat(),
        );
      }

      let zoneFeatures = 0;
      for (const { features, region, source, ...zc } of catalog.zoneCases) {
        const data = { ...zc, established: zc.established ?? null, regionId: id(regionIds, region), sourceId: id(sourceIds, source) };
        const { id: zoneCaseId } = await tx.zoneCase.upsert({ where: { slug: zc.slug }, create: data, update: data });
        for (const { source: featureSource, ...f } of features) {
          const row = { ...f, labelEn: f.labelEn ?? null, zoneCaseId, sourceId: id(sourceIds, featureSource) };
          await tx.zoneFeature.upsert({
            where: { zoneCaseId_category_key: { zoneCaseId, category: f.category, key: f.key } },
            create: row,
            update: row,
          });
          zoneFeatures++;
        }
      }

      for (const { region, source, ...n } of catalog.regionNotes) {
        const regionId = id(regionIds, region);
        const data = { ...n, period: n.period ?? null, regionId, sourceId: id(sourceIds, source) };
        await tx.regionNote.upsert({ where: { regionId_key: { regionId, key: n.key } }, create: data, update: data });
      }

      return {
        regions: catalog.regions.length,
        indicators: catalog.indicators.length,
        sources: catalog.sources.length + catalog.statisticSources.length,
        observations: catalog.observations.length,
        stageBands: scheme.bands.length,
        zoneCases: catalog.zoneCases.length,
        zoneFeatures,
        regionNotes: catalog.regionNotes.length,
      };
    },
    { timeout: 120_000 },
  );
}
