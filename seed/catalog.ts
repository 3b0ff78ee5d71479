// Validates the seed data as one catalogue: every record against its schema, every reference resolved,
// no key defined twice. Pure: the loader writes only what this accepts.
import { z } from "zod";
import {
  indicatorRecordSchema,
  observationRecordSchema,
  regionNoteRecordSchema,
  regionRecordSchema,
  sourceRecordSchema,
  zoneCaseRecordSchema,
  type DocumentSeed,
  type IndicatorRecord,
  type RegionNoteRecord,
  type RegionRecord,
  type SourceRecord,
  type ZoneCaseRecord,
} from "@/lib/validation/catalog";
import {
  statisticFigureRecordSchema,
  statisticSourceRecordSchema,
  type StatisticFigure,
  type StatisticSourceRecord,
} from "@/lib/validation/statistics";
import type { StatisticsSeed } from "./statistics";

export type ObservationEntry = z.output<typeof observationRecordSchema>;

export type SeedCatalog = {
  sources: SourceRecord[];
  /** Statistical publications (seed/statistics), kept apart from the documents. */
  statisticSources: StatisticSourceRecord[];
  regions: RegionRecord[];
  indicators: IndicatorRecord[];
  observations: ObservationEntry[];
  zoneCases: ZoneCaseRecord[];
  regionNotes: RegionNoteRecord[];
};

export class SeedCatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`seed catalogue has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
}

function parseAll<T>(schema: z.ZodType<T>, records: unknown[], label: (r: unknown) => string, problems: string[]): T[] {
  return records.flatMap((record) => {
    const result = schema.safeParse(record);
    if (result.success) return [result.data];
    problems.push(`${label(record)}: ${z.prettifyError(result.error).replace(/\n/g, " ")}`);
    return [];
  });
}

function uniqueBy<T>(items: T[], key: (item: T) => string, what: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) problems.push(`${what} ${k} is defined twice`);
    seen.add(k);
  }
  return seen;
}

const describe = (r: unknown) => JSON.stringify(r).slice(0, 120);

const noStatistics: StatisticsSeed = { indicators: [], sources: [], figures: [] };

/** A statistics figure as an observation: the table's number, where it stands, and a short note saying what
 * it is and which row of the table it was read from (the source, with its table and URL, is one click away). */
function figureObservation(f: StatisticFigure, source: StatisticSourceRecord | undefined, names: { region?: string; indicator?: string }): unknown {
  const what = `${names.region ?? f.region}${f.year}年的${names.indicator ?? f.indicator}`;
  const row = f.rowLabel.replace(/[\s"]+/g, " ").trim();
  const copied = source?.tier === "secondary" ? "，转引" : "";
  return {
    indicator: f.indicator, region: f.region, year: f.year, yearBasis: "observed",
    value: f.value, valueText: f.valueText, source: f.source, locator: f.locator,
    noteZh: `${what}；读自表中“${row}”一行${copied}。`.slice(0, 400),
  };
}

export function buildSeedCatalog(sharedRegions: RegionRecord[], documents: DocumentSeed[], statistics: StatisticsSeed = noStatistics): SeedCatalog {
  const problems: string[] = [];
  const sources = parseAll(sourceRecordSchema, documents.map((d) => d.source), describe, problems);
  const statisticSources = parseAll(statisticSourceRecordSchema, statistics.sources, describe, problems);
  const regions = parseAll(regionRecordSchema, [...sharedRegions, ...documents.flatMap((d) => d.regions ?? [])], describe, problems);
  const indicators = parseAll(indicatorRecordSchema, [...documents.flatMap((d) => d.indicators ?? []), ...statistics.indicators], describe, problems);
  const figures = parseAll(statisticFigureRecordSchema, statistics.figures, describe, problems);
  const statisticSourceBySlug = new Map(statisticSources.map((s) => [s.slug, s]));
  const regionName = new Map(regions.map((r) => [r.slug, r.nameZh]));
  const indicatorName = new Map(indicators.map((i) => [i.code, i.nameZh]));
  const observations = parseAll(
    observationRecordSchema,
    [
      ...documents.flatMap((d) => d.observations),
      ...figures.map((f) => figureObservation(f, statisticSourceBySlug.get(f.source), { region: regionName.get(f.region), indicator: indicatorName.get(f.indicator) })),
    ],
    describe,
    problems,
  );
  const zoneCases = parseAll(zoneCaseRecordSchema, documents.flatMap((d) => d.zoneCases ?? []), describe, problems);
  const regionNotes = parseAll(regionNoteRecordSchema, documents.flatMap((d) => d.regionNotes ?? []), describe, problems);

  const sourceSlugs = uniqueBy([...sources, ...statisticSources], (s) => s.slug, "source", problems);
  uniqueBy(sources, (s) => s.file, "source file", problems);
  const regionSlugs = uniqueBy(regions, (r) => r.slug, "region", problems);
  const indicatorCodes = uniqueBy(indicators, (i) => i.code, "indicator", problems);
  uniqueBy(zoneCases, (z) => z.slug, "zone case", problems);
  uniqueBy(observations, (o) => `${o.indicator}/${o.region}/${o.year}/${o.source}`, "observation", problems);

  const expect = (set: Set<string>, key: string | undefined, what: string, where: string) => {
    if (key !== undefined && !set.has(key)) problems.push(`${where}: unknown ${what} ${key}`);
  };
  for (const r of regions) {
    expect(regionSlugs, r.parent, "parent region", `region ${r.slug}`);
    expect(sourceSlugs, r.source, "source", `region ${r.slug}`);
  }
  for (const o of observations) {
    const where = `observation ${o.indicator}/${o.region}/${o.year}`;
    expect(indicatorCodes, o.indicator, "indicator", where);
    expect(regionSlugs, o.region, "region", where);
    expect(sourceSlugs, o.source, "source", where);
  }
  for (const zc of zoneCases) {
    expect(regionSlugs, zc.region, "region", `zone case ${zc.slug}`);
    expect(sourceSlugs, zc.source, "source", `zone case ${zc.slug}`);
    uniqueBy(zc.features, (f) => `${f.category}/${f.key}`, `zone case ${zc.slug} feature`, problems);
    for (const f of zc.features) expect(sourceSlugs, f.source, "source", `zone case ${zc.slug} feature ${f.key}`);
  }

  uniqueBy(regionNotes, (n) => `${n.region}/${n.key}`, "region note", problems);
  for (const n of regionNotes) {
    expect(regionSlugs, n.region, "region", `region note ${n.key}`);
    expect(sourceSlugs, n.source, "source", `region note ${n.key}`);
  }

  if (problems.length > 0) throw new SeedCatalogError(problems);
  return { sources, statisticSources, regions, indicators, observations, zoneCases, regionNotes };
}
