// Hearing that the data changed, whoever changed them (this instance, another one, the import CLI, the seed,
// psql), so the page cache (lib/http/cached-pages.ts) can empty itself. SQLite counts commits in its file
// (data_version, ./reader.ts). On PostgreSQL every write to a data table notifies kechan_data_changed at its
// commit (prisma/postgresql/migrations/0002_data_changes), and one connection per process listens.
import pg from "pg";
import { databaseProvider, databaseUrl } from "@/lib/env";
import { dataVersion as sqliteDataVersion } from "./reader";

export type DataChanges = {
  /** A number that changes whenever the data may have changed; compare it with the last one seen. */
  dataVersion: () => number;
  /** Stops listening (tests, shutdown). */
  close: () => Promise<void>;
};

export const dataChangedChannel = "kechan_data_changed";
/** How the listening connection shows in pg_stat_activity. */
export const listenerApplicationName = "kechan-data-changes";

const firstRetryMs = 100;
const longestRetryMs = 5_000;

const globalForChanges = globalThis as unknown as { kechanDataChanges?: Map<string, DataChanges> };

/**
 * Watches the database DATABASE_URL names. One watcher per process and database (server.ts and the index cache
 * in lib/queries/index-results.ts share it, though bundled apart): one listening connection per instance.
 */
export function watchDataChanges(): DataChanges {
  if (databaseProvider() === "sqlite") return { dataVersion: sqliteDataVersion, close: async () => {} };
  const url = databaseUrl();
  const watchers = (globalForChanges.kechanDataChanges ??= new Map());
  let watcher = watchers.get(url);
  if (!watcher) {
    const listener = listenForDataChanges(url);
    watcher = {
      dataVersion: listener.dataVersion,
      close: async () => {
        watchers.delete(url);
        await listener.close();
      },
    };
    watchers.set(url, watcher);
  }
  return watcher;
}

/**
 * A counter bumped by every notification on the channel. While the connection is down a change may go
 * unheard, so the counter then moves on every read and the page cache keeps nothing; once listening again it
 * bumps once more, for whatever changed in between. Errors are logged, never thrown to the caller.
 */
function listenForDataChanges(url: string): DataChanges {
  let version = 0;
  let listening: pg.Client | null = null;
  let closed = false;
  let retryMs = firstRetryMs;
  let retry: NodeJS.Timeout | undefined;
  let quiet = false; // the loss was logged: stay quiet until listening again

  const connect = async () => {
    retry = undefined;
    const client = new pg.Client({ connectionString: url, application_name: listenerApplicationName, keepAlive: true });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      version += 1;
      if (listening === client) listening = null;
      client.removeAllListeners("notification");
      client.end().catch(() => undefined);
      if (closed) return;
      if (!quiet) console.error(`kechan: not hearing data changes from PostgreSQL (${error?.message ?? "connection closed"}); retrying`);
      quiet = true;
      retry = setTimeout(connect, retryMs);
      retry.unref();
      retryMs = Math.min(retryMs * 2, longestRetryMs);
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", ({ channel }) => {
      if (channel === dataChangedChannel) version += 1;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${dataChangedChannel}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (lost) return;
    if (closed) {
      await client.end().catch(() => undefined);
      return;
    }
    listening = client;
    version += 1;
    retryMs = firstRetryMs;
    if (quiet) console.error("kechan: hearing data changes from PostgreSQL again");
    quiet = false;
  };
  void connect();

  return {
    dataVersion: () => {
      if (!listening) version += 1;
      return version;
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const client = listening;
      listening = null;
      await client?.end().catch(() => undefined);
    },
  };
}
