// PostgreSQL connections: one pool per URL and process, shared by the query door (./query.ts) and the
// importer's writer (./writer.ts). Counts (bigint) and numerics arrive as numbers, as SQLite gives them: every
// count here is far below 2^53.
import pg from "pg";

const numberParsers = new Map<number, (text: string) => number>([
  [pg.types.builtins.INT8, Number],
  [pg.types.builtins.NUMERIC, Number],
]);

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => numberParsers.get(oid) ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const globalForPools = globalThis as unknown as { kechanPools?: Map<string, pg.Pool> };

export function postgresPool(url: string): pg.Pool {
  const pools = (globalForPools.kechanPools ??= new Map());
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 10, types });
    // An idle connection that the server closed must not crash the process; the pool opens a new one.
    pool.on("error", (error: Error) => console.error(`kechan: PostgreSQL connection lost: ${error.message}`));
    pools.set(url, pool);
  }
  return pool;
}

/** Closes every pool this process opened (tests, scripts that exit). */
export async function closePostgresPools(): Promise<void> {
  const pools = globalForPools.kechanPools;
  if (!pools) return;
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.end()));
}

/** `server` (a URL naming any database, e.g. the maintenance one) with database `name` instead. */
export function databaseOnServer(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

const templateLock = 727_301_116; // any fixed number: the advisory lock's key

/**
 * Drops database `name` and creates it again as a copy of `template`, which `prepare` first creates or brings up
 * to date (it gets the template's URL; the template is created empty when missing). For the tests' throwaway
 * databases (seed/test-database.ts): an advisory lock keeps test files that start together from copying the
 * template while another migrates it.
 */
export async function recreateFromTemplate(server: string, name: string, template: string, prepare: (templateUrl: string) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [templateLock]);
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoteName(template)}`);
    await prepare(databaseOnServer(server, template));
    await client.query(`DROP DATABASE IF EXISTS ${quoteName(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteName(name)} TEMPLATE ${quoteName(template)}`);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [templateLock]).catch(() => undefined);
    await client.end();
  }
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;
