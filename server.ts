// The production server: Next for every page and route, pages viewed again sent from the page cache
// (lib/http/cached-pages.ts), and the stage API answered straight from node:http. The stage check is pure
// and hot (batch users, other tools); through Next's request pipeline it reached 0.06× of a bare node:http
// server (bench/throughput), on this path it runs at nearly full speed. Every request passes the front door
// first (lib/http/front-door.ts): malformed targets, unknown methods, oversized bodies and bad form posts
// get their 4xx there, before Next.
// Built into dist/server.mjs by `npm run build` (scripts/bundle.ts); `npm run serve` runs it.
// Usage: node dist/server.mjs [-p PORT] [-H HOST]   (PORT in the environment works too)
import { existsSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { authConfig } from "@/lib/auth/config";
import { cachedPages } from "@/lib/http/cached-pages";
import { frontDoor } from "@/lib/http/front-door";
import { stopGracefully } from "@/lib/http/graceful-stop";
import { apiContentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { watchDataChanges } from "@/lib/db/changes";
import { checkpointWriteAheadLog, recoverHotJournal, enableWriteAheadLog } from "@/lib/db/reader";
import { behindMessage, committedMigrations, unappliedMigrations } from "@/lib/db/migration-status";
import { databaseFile, databaseProvider, databaseUrl } from "@/lib/env";
import { stageAnswer } from "@/lib/stage-api";

function option(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i === -1 ? undefined : process.argv[i + 1];
}

const port = Number(option("-p") ?? process.env.PORT ?? 3000);
// Not $HOSTNAME: shells set it to the machine's name, which is not an address to listen on.
const host = option("-H") ?? "0.0.0.0";

const apiHeaders = Object.fromEntries([...securityHeaders.map((h) => [h.key, h.value]), ["Content-Security-Policy", apiContentSecurityPolicy]]);

function answerStage(url: URL, response: ServerResponse) {
  const { status, body } = stageAnswer(url.searchParams, new Date().getFullYear());
  response.writeHead(status, { ...apiHeaders, "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

// SQLite: a writer killed mid-transaction (this server, an import) leaves a hot journal that the read-only
// connection cannot roll back: roll it back now, before the first request. Then the write-ahead log, so
// pages keep being read while an import commits. PostgreSQL needs neither, nor does a file not made yet (below).
if (databaseProvider() === "sqlite" && existsSync(databaseFile())) {
  try {
    recoverHotJournal();
    enableWriteAheadLog();
  } catch (error) {
    console.error("kechan: could not open the database to check it:", error);
  }
}

// A store the committed migrations have not all reached would answer every page with a missing-column error:
// say what to run instead of serving. A database that cannot be reached yet is left to the first requests.
const unapplied = await unappliedMigrations(databaseUrl()).catch((error: unknown) => {
  console.error("kechan: could not read which migrations the database has applied:", error);
  return null;
});
if (unapplied && unapplied.length > 0) {
  console.error(`kechan: ${behindMessage(unapplied, committedMigrations(databaseUrl()).length)}`);
  process.exit(1);
}

// Started before serving, so on PostgreSQL the listener is in place by the first request.
const changes = watchDataChanges();
const { dataVersion } = changes;

const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();

app.prepare().then(() => {
  const door = frontDoor({ answerStage, servePage: (request, response, url) => servePage(request, response, url), publicOrigin: authConfig().publicOrigin });
  const server = createServer(door.request);
  server.on("checkContinue", door.checkContinue);
  // Pages opened more than once are sent from memory (lib/http/page-cache.ts) until the data change, through
  // this instance or any other; the rest is Next as usual.
  const servePage = cachedPages({ handle, dataVersion, origin: () => loopbackOrigin(server.address() as AddressInfo), listening: () => server.listening });
  server.listen(port, host, () => console.log(`kechan: serving on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`));
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop(server, signal));
});

/**
 * SIGTERM or SIGINT: no new connections, the requests under way answered (lib/http/graceful-stop.ts), then the
 * database closed: SQLite's write-ahead log checkpointed into the file, PostgreSQL's listener ended. The handlers
 * run once, so a second signal stops the process at once.
 */
async function stop(server: Server, signal: string) {
  console.log(`kechan: ${signal}: answering the requests under way, then stopping`);
  const { finished } = await stopGracefully(server);
  if (!finished) console.error("kechan: some requests were still running at the deadline and were cut off");
  try {
    if (databaseProvider() === "sqlite") checkpointWriteAheadLog();
    await changes.close();
  } catch (error) {
    console.error("kechan: closing the database:", error);
  }
  process.exit(0);
}

/** This server as seen from itself: the address it listens on, or loopback when that is every address. */
function loopbackOrigin({ address, family, port }: AddressInfo): string {
  if (address === "0.0.0.0") return `http://127.0.0.1:${port}`;
  if (address === "::") return `http://[::1]:${port}`;
  return family === "IPv6" ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
