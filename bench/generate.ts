// bench/generate: a synthetic store for the scale benchmark, on SQLite or PostgreSQL: the seeded documents plus
// made-up figures under a source marked synthetic, in a throwaway store of its own (a file under bench/.out, or a
// database on the bench's PostgreSQL server), never the project's database or its seed.
//
// The shape follows the scenario, a county-level dashboard, as a real store would grow into it:
//   100k  333 prefectures × 30 indicators × 10 years   (99,900)      the prefecture-level yearbooks first;
//   1M    2,850 counties × 30 indicators × 12 years     (1,026,000)   then every county, about China's 2,850;
//   10M   2,850 counties × 70 indicators × 50 years     (9,975,000)   then dozens of indicators over five decades.
// The county count stays at 2,850 past 1M: there are no more counties, and the indicator page lists every region
// in a year, so 30,000 made-up regions would time a page no one will see. What grows from 1M to 10M is what a
// county has, as more yearbooks and series come in: a region page at 10M has 3,500 figures against 300 at 100k.
// Figures are written year by year, each year every indicator for every region, as yearbooks are imported: a
// region's figures end up spread over the whole table, as they would be. The indexes are built once after the
// load, so they are a little tighter than ones grown row by row; the plans are the same.
//
// A store is reused when a run completed it: the last write records the shape in "_bench_store", so a store a
// killed run left half-written (or one of another shape) is built again. A schema change rebuilds the SQLite
// stores (their marker names the last migration) and migrates the PostgreSQL ones in place.
// Usage: npx tsx bench/generate.ts <observations> [sqlite|postgresql]   → prints the store's DATABASE_URL
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabaseFile, type DatabaseFile } from "@/lib/db/file";
import { applyPostgresqlMigrations } from "@/lib/db/migrate-postgresql";
import { migrationNames, sqliteMigrationsDir } from "@/lib/db/migration-files";
import { closePostgresPools, postgresPool } from "@/lib/db/postgres";
import type { DatabaseProvider } from "@/lib/env";
import { createTestDatabase, testDatabaseUrl } from "@/seed/test-database";

export type SyntheticShape = { regions: number; indicators: number; firstYear: number; lastYear: number };

const lastYear = 2025;
const counties = 2_850;
const shapes = new Map<number, Omit<SyntheticShape, "firstYear" | "lastYear"> & { years: number }>([
  [100_000, { regions: 333, indicators: 30, years: 10 }],
  [1_000_000, { regions: counties, indicators: 30, years: 12 }],
  [10_000_000, { regions: counties, indicators: 70, years: 50 }],
]);

/** The shape of the store for `observations` figures: the table above, else the same path (regions, then years, then indicators). */
export function syntheticShape(observations: number): SyntheticShape {
  const listed = shapes.get(observations);
  if (listed) return { regions: listed.regions, indicators: listed.indicators, firstYear: lastYear - listed.years + 1, lastYear };
  const regions = Math.min(counties, Math.max(1, Math.ceil(observations / 300)));
  const indicators = Math.max(30, Math.ceil(observations / (regions * 50)));
  const years = Math.ceil(observations / (regions * indicators));
  return { regions, indicators, firstYear: lastYear - years + 1, lastYear };
}

export const figuresOf = (s: SyntheticShape) => s.regions * s.indicators * (s.lastYear - s.firstYear + 1);

export const syntheticRegion = (i: number) => `syn-r${String(i).padStart(5, "0")}`;
export const syntheticIndicator = (i: number) => `syn-i${String(i).padStart(2, "0")}`;

/** A made-up figure, the same on both providers. */
const syntheticValue = (region: number, indicator: number, year: number) => ((region * 7919 + indicator * 104729 + year * 31) % 100000) / 10;

/** The file (SQLite) or, through seed/test-database.ts, the database name (PostgreSQL: kechan_test_scale_<n>) of a store. */
const storeFile = (observations: number) => resolve(`bench/.out/scale-${observations}.db`);

/** Every bench that touches the store measures both databases, SQLite first. */
export const benchProviders: readonly DatabaseProvider[] = ["sqlite", "postgresql"];
export const providerName: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

/** The port of the bench's own server: not the tests' 55432, so that a test run neither wipes the stores nor meets them. */
const benchPostgresPort = "55433";

/**
 * The bench's PostgreSQL server: KECHAN_BENCH_POSTGRES_URL, else the one `scripts/postgres.sh resume` keeps on port
 * 55433 (started when not running, its data directory and so the synthetic stores kept from one run to the next).
 */
export function benchPostgresServer(): string {
  const named = process.env.KECHAN_BENCH_POSTGRES_URL;
  if (named) return named;
  execFileSync("bash", ["scripts/postgres.sh", "resume"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, KECHAN_PG_PORT: benchPostgresPort } });
  return `postgresql://postgres@127.0.0.1:${benchPostgresPort}/postgres`;
}

/**
 * Runs `work` with seed/test-database.ts pointed at `server` (PostgreSQL) or at SQLite files (undefined): it reads
 * its server from KECHAN_TEST_POSTGRES_URL, which a shell that just ran the tests may have set either way.
 */
export async function onTestServer<T>(server: string | undefined, work: () => Promise<T>): Promise<T> {
  const before = process.env.KECHAN_TEST_POSTGRES_URL;
  if (server) process.env.KECHAN_TEST_POSTGRES_URL = server;
  else delete process.env.KECHAN_TEST_POSTGRES_URL;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.KECHAN_TEST_POSTGRES_URL;
    else process.env.KECHAN_TEST_POSTGRES_URL = before;
  }
}

/** A migrated, seeded throwaway store named after `file` on the provider; returns its DATABASE_URL. */
export async function createSeededStore(file: string, provider: DatabaseProvider): Promise<string> {
  return onTestServer(provider === "postgresql" ? benchPostgresServer() : undefined, async () => {
    const db = await createTestDatabase(file, { seed: true });
    await db.$disconnect();
    return testDatabaseUrl(file);
  });
}

const markerTable = `"_bench_store"`;

/** Creates (or reuses) the synthetic store of about `observations` figures on the provider; returns its DATABASE_URL. */
export async function generateSyntheticStore(observations: number, provider: DatabaseProvider = "sqlite"): Promise<string> {
  const shape = syntheticShape(observations);
  const file = storeFile(observations);
  if (provider === "sqlite") {
    // SQLite's throwaway stores keep no record of their migrations (seed/test-database.ts), so the marker
    // names the last one: a store built before a schema change is built again.
    const expected = JSON.stringify({ ...shape, schema: migrationNames(sqliteMigrationsDir).at(-1) });
    if (existsSync(file) && sqliteMarker(file) === expected) return `file:${file}`;
    const url = await createSeededStore(file, "sqlite");
    loadSqlite(file, shape, expected);
    return url;
  }
  const expected = JSON.stringify(shape);
  const existing = await onTestServer(benchPostgresServer(), async () => testDatabaseUrl(file));
  if ((await postgresMarker(existing)) === expected) {
    // Built before a schema change: the runner brings it up to date in place (the server refuses it otherwise).
    await applyPostgresqlMigrations(existing);
    return existing;
  }
  const url = await createSeededStore(file, "postgresql");
  try {
    await loadPostgres(url, shape, expected);
  } finally {
    await closePostgresPools();
  }
  return url;
}

function sqliteMarker(file: string): string | null {
  try {
    const sqlite = openDatabaseFile(file, { readonly: true, fileMustExist: true });
    try {
      const shape: unknown = sqlite.prepare(`SELECT shape FROM ${markerTable}`).pluck().get();
      return typeof shape === "string" ? shape : null;
    } finally {
      sqlite.close();
    }
  } catch {
    return null; // no marker table: a run was killed before the end, or the file is not a store at all
  }
}

async function postgresMarker(url: string): Promise<string | null> {
  try {
    const { rows } = await postgresPool(url).query<{ shape: string }>(`SELECT shape FROM ${markerTable}`);
    return rows[0]?.shape ?? null;
  } catch {
    return null; // no such database yet, or no marker table in it
  } finally {
    await closePostgresPools();
  }
}

const sourceRow = {
  kind: "synthetic", slug: "synthetic-bench", titleZh: "合成基准数据(非真实统计)", titleEn: "Synthetic benchmark data (not real statistics)",
  authors: "", organisation: "", published: "", language: "zh-Hans", summaryZh: "仅用于性能测试的虚构数字。",
};
const indicatorDefinition = "合成指标,仅用于性能测试。";

/** SQLite: prepared statements in one transaction, the journal off and a cache that holds the indexes (a killed
 * load leaves no marker, so the file is built again). */
function loadSqlite(file: string, shape: SyntheticShape, marker: string): void {
  const sqlite = openDatabaseFile(file);
  try {
    sqlite.pragma("journal_mode = OFF");
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -1000000"); // 1 GB, for building the indexes
    // The figures' indexes are dropped for the load and built again after it, from their own definitions:
    // sorting once is many times faster than keeping four B-trees in order through millions of inserts.
    const list = (column: string) => sqlite.prepare(`SELECT ${column} FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Observation' AND sql IS NOT NULL ORDER BY name`).pluck().all().map(String);
    const definitions = list("sql");
    for (const name of list("name")) sqlite.exec(`DROP INDEX "${name}"`);
    sqlite.transaction(() => writeSqlite(sqlite, shape))();
    for (const sql of definitions) sqlite.exec(sql);
    sqlite.exec("ANALYZE");
    sqlite.exec(`CREATE TABLE ${markerTable} (shape TEXT NOT NULL)`);
    sqlite.prepare(`INSERT INTO ${markerTable} (shape) VALUES (?)`).run(marker);
    sqlite.pragma("journal_mode = DELETE");
  } finally {
    sqlite.close();
  }
}

function writeSqlite(sqlite: DatabaseFile, shape: SyntheticShape): void {
  const s = sourceRow;
  const sourceId = Number(
    sqlite
      .prepare(`INSERT INTO "Source" (kind, slug, titleZh, titleEn, authors, organisation, published, language, summaryZh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(s.kind, s.slug, s.titleZh, s.titleEn, s.authors, s.organisation, s.published, s.language, s.summaryZh).lastInsertRowid,
  );
  const provinces = sqlite.prepare(`SELECT id FROM "Region" WHERE level = 'province' ORDER BY id`).pluck().all().map(Number);
  const insertIndicator = sqlite.prepare(`INSERT INTO "Indicator" (code, nameZh, nameEn, unit, category, definitionZh) VALUES (?, ?, ?, 'count', 'economy', ?)`);
  const indicatorIds = Array.from({ length: shape.indicators }, (_, i) =>
    Number(insertIndicator.run(syntheticIndicator(i + 1), `合成指标${i + 1}`, `Synthetic indicator ${i + 1}`, indicatorDefinition).lastInsertRowid),
  );
  const insertRegion = sqlite.prepare(`INSERT INTO "Region" (slug, nameZh, nameEn, level, parentId) VALUES (?, ?, ?, 'city', ?)`);
  const regionIds = Array.from({ length: shape.regions }, (_, r) =>
    Number(insertRegion.run(syntheticRegion(r + 1), `合成地区${r + 1}`, `Synthetic region ${r + 1}`, provinces[r % provinces.length] ?? null).lastInsertRowid),
  );
  const insertFigure = sqlite.prepare(`INSERT INTO "Observation" (indicatorId, regionId, sourceId, year, yearBasis, value, valueText, locator, noteZh)
    VALUES (?, ?, ?, ?, 'observed', ?, ?, '合成', '')`);
  for (let year = shape.firstYear; year <= shape.lastYear; year++) {
    for (const [i, indicatorId] of indicatorIds.entries()) {
      for (const [r, regionId] of regionIds.entries()) {
        const value = syntheticValue(r + 1, i + 1, year);
        insertFigure.run(indicatorId, regionId, sourceId, year, value, String(value));
      }
    }
  }
}

/** Rows per INSERT … SELECT FROM unnest(…): five arrays of this length, far from any limit, few round trips. */
const postgresBatch = 25_000;

/** PostgreSQL: multi-row inserts from arrays through the pool door (lib/db/postgres.ts), then VACUUM ANALYZE. */
async function loadPostgres(url: string, shape: SyntheticShape, marker: string): Promise<void> {
  const client = await postgresPool(url).connect();
  try {
    const s = sourceRow;
    const { rows: sources } = await client.query<{ id: number }>(
      `INSERT INTO "Source" (kind, slug, "titleZh", "titleEn", authors, organisation, published, language, "summaryZh") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [s.kind, s.slug, s.titleZh, s.titleEn, s.authors, s.organisation, s.published, s.language, s.summaryZh],
    );
    const sourceId = sources[0]!.id;
    const { rows: provinces } = await client.query<{ id: number }>(`SELECT id FROM "Region" WHERE level = 'province' ORDER BY id`);
    const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    // WITH ORDINALITY and ORDER BY keep the ids in the order of the arrays.
    const { rows: indicators } = await client.query<{ id: number }>(
      `INSERT INTO "Indicator" (code, "nameZh", "nameEn", unit, category, "definitionZh")
       SELECT code, "nameZh", "nameEn", 'count', 'economy', $4 FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(code, "nameZh", "nameEn", n) ORDER BY n
       RETURNING id`,
      [numbers(shape.indicators).map(syntheticIndicator), numbers(shape.indicators).map((i) => `合成指标${i}`), numbers(shape.indicators).map((i) => `Synthetic indicator ${i}`), indicatorDefinition],
    );
    const { rows: regions } = await client.query<{ id: number }>(
      `INSERT INTO "Region" (slug, "nameZh", "nameEn", level, "parentId")
       SELECT slug, "nameZh", "nameEn", 'city', "parentId" FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS u(slug, "nameZh", "nameEn", "parentId", n) ORDER BY n
       RETURNING id`,
      [
        numbers(shape.regions).map(syntheticRegion), numbers(shape.regions).map((r) => `合成地区${r}`), numbers(shape.regions).map((r) => `Synthetic region ${r}`),
        numbers(shape.regions).map((r) => provinces[(r - 1) % provinces.length]?.id ?? null),
      ],
    );

    // As on SQLite, the figures' indexes (all but the primary key) are built after the load from their own
    // definitions; and the foreign-key triggers stay off for this session (replica role): the rows are right
    // by construction, and checking three keys per row would triple the load's time.
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Observation' AND indexname <> 'Observation_pkey'`,
    );
    for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
    await client.query(`SET session_replication_role = replica`);
    const insertFigures = `INSERT INTO "Observation" ("indicatorId", "regionId", "sourceId", year, "yearBasis", value, "valueText", locator, "noteZh")
      SELECT i, r, $6, y, 'observed', v, t, '合成', '' FROM unnest($1::int[], $2::int[], $3::int[], $4::float8[], $5::text[]) AS u(i, r, y, v, t)`;
    let batch = emptyBatch();
    const flush = async () => {
      if (batch.indicator.length === 0) return;
      await client.query(insertFigures, [batch.indicator, batch.region, batch.year, batch.value, batch.text, sourceId]);
      batch = emptyBatch();
    };
    for (let year = shape.firstYear; year <= shape.lastYear; year++) {
      for (const [i, indicator] of indicators.entries()) {
        for (const [r, region] of regions.entries()) {
          const value = syntheticValue(r + 1, i + 1, year);
          batch.indicator.push(indicator.id);
          batch.region.push(region.id);
          batch.year.push(year);
          batch.value.push(value);
          batch.text.push(String(value));
          if (batch.indicator.length === postgresBatch) await flush();
        }
      }
    }
    await flush();
    await client.query(`RESET session_replication_role`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    for (const { indexdef } of indexes) await client.query(indexdef);
    // VACUUM as well as ANALYZE: it sets the visibility map, so index-only scans skip the table as they do once
    // autovacuum has passed over a store loaded long ago.
    await client.query(`VACUUM (ANALYZE) "Observation"`);
    await client.query(`ANALYZE`);
    await client.query(`CREATE TABLE ${markerTable} (shape TEXT NOT NULL)`);
    await client.query(`INSERT INTO ${markerTable} (shape) VALUES ($1)`, [marker]);
  } finally {
    client.release();
  }
}

const emptyBatch = () => ({ indicator: [] as number[], region: [] as number[], year: [] as number[], value: [] as number[], text: [] as string[] });

if (import.meta.url === `file://${process.argv[1]}`) {
  const observations = Number(process.argv[2] ?? 1_000_000);
  const provider = process.argv[3] === "postgresql" ? "postgresql" : "sqlite";
  const started = Date.now();
  generateSyntheticStore(observations, provider).then(
    (url) => console.log(`${url} (${figuresOf(syntheticShape(observations)).toLocaleString("en-US")} synthetic figures, ${((Date.now() - started) / 1000).toFixed(0)} s)`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
