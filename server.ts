// The production server: Next for every page and route, pages viewed again sent from the page cache
// (lib/http/cached-pages.ts), and the stage API answered straight from node:http. The stage check is pure
// and hot (batch users, other tools); through Next's request pipeline it reached 0.06× of a bare node:http
// server (bench/throughput), on this path it runs at nearly full speed.
// Built into dist/server.mjs by `npm run build` (scripts/bundle.ts); `npm run serve` runs it.
// Usage: node dist/server.mjs [-p PORT] [-H HOST]   (PORT in the environment works too)
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { cachedPages } from "@/lib/http/cached-pages";
import { apiContentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { dataVersion } from "@/lib/queries/sqlite";
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

const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();

app.prepare().then(() => {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "GET" && url.pathname === "/api/v1/stage") return answerStage(url, response);
    servePage(request, response, url).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end();
    });
  });
  // Pages opened more than once are sent from memory (lib/http/page-cache.ts); the rest is Next as usual.
  const servePage = cachedPages({ handle, dataVersion, origin: () => loopbackOrigin(server.address() as AddressInfo) });
  server.listen(port, host, () => console.log(`kechan: serving on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`));
});

/** This server as seen from itself: the address it listens on, or loopback when that is every address. */
function loopbackOrigin({ address, family, port }: AddressInfo): string {
  if (address === "0.0.0.0") return `http://127.0.0.1:${port}`;
  if (address === "::") return `http://[::1]:${port}`;
  return family === "IPv6" ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
