// Stopping a server without cutting off the requests it is answering: on SIGTERM (a restart, a deploy, the
// load balancer taking the instance out) it stops accepting connections, lets the requests under way finish,
// an import included, closes keep-alive connections as they fall idle, and after a deadline closes whatever
// is left. server.ts then closes the database (lib/db/reader.ts checkpoints SQLite's write-ahead log) and exits.
import type { Server } from "node:http";

/** Long enough for the largest import (200,000 rows took about 10 s on SQLite, bench/import) on a slow day. */
export const stopGraceMs = 30_000;

/**
 * Stops `server` and resolves once every connection is closed: `finished` true when all requests ended on
 * their own, false when the deadline closed some. Called once per server (server.ts's handlers run once).
 */
export function stopGracefully(server: Server, graceMs = stopGraceMs): Promise<{ finished: boolean }> {
  return new Promise<{ finished: boolean }>((resolve) => {
    let finished = true;
    // A keep-alive connection whose response is done would hold close() open until the client drops it.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      finished = false;
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ finished });
    });
    server.closeIdleConnections();
  });
}
