// The page cache at work in server.ts: decides per request whether to send a cached page, render one into
// the cache, or let Next answer as usual. A page is rendered into the cache by asking this same server for
// it over loopback with a per-process secret header, so Next renders it exactly as for a reader.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { languageRedirect } from "@/lib/i18n/locales";
import { rewriteMarkHeader } from "@/lib/i18n/request-header";
import { newNonce } from "./nonce";
import { isCacheablePageRequest, PageCache, policyNonce, toCachedPage, withNonce, type CachedPage } from "./page-cache";

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

type CachedPagesOptions = {
  /** Next's request handler. */
  handle: Handler;
  /** Where this server listens, for the loopback render (http://127.0.0.1:3000). */
  origin: () => string;
  /** Changes whenever the data do (lib/db/changes.ts: SQLite's data_version, PostgreSQL's notifications), which empties the cache. */
  dataVersion: () => number;
  /** Whether the server still takes connections, so a loopback render can reach it: false once it is stopping
   * (lib/http/graceful-stop.ts), when Next answers the requests under way directly. */
  listening?: () => boolean;
  cache?: PageCache;
};

const renderHeader = "x-kechan-render";
// Hop-by-hop or per-response headers: never replayed from the cache.
const unstoredHeaders = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "etag"]);

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function readVersion(dataVersion: () => number): number | null {
  try {
    return dataVersion();
  } catch {
    return null;
  }
}

export function cachedPages({ handle, origin, dataVersion, listening = () => true, cache = new PageCache({ maxBytes: 24 * 1024 * 1024, maxAgeMs: 10 * 60_000 }) }: CachedPagesOptions) {
  const secret = crypto.randomUUID();
  let version: number | null = null;

  /** The page as Next renders it now; `cacheable` is false for errors, redirects and anything personal. */
  async function render(key: string): Promise<{ page: CachedPage; cacheable: boolean }> {
    const answer = await fetch(origin() + key, { headers: { [renderHeader]: secret, "accept-encoding": "identity" }, redirect: "manual" });
    const headers = [...answer.headers].filter(([name]) => !unstoredHeaders.has(name));
    const nonce = policyNonce(answer.headers.get("content-security-policy") ?? undefined);
    const body = Buffer.from(await answer.arrayBuffer());
    const cacheable = answer.status === 200 && nonce !== null && !answer.headers.has("set-cookie") && /^text\/html/.test(answer.headers.get("content-type") ?? "");
    return { page: toCachedPage(answer.status, headers, body, nonce), cacheable };
  }

  function send(request: IncomingMessage, response: ServerResponse, page: CachedPage, state: "hit" | "miss") {
    const { headers, body } = withNonce(page, newNonce());
    for (const [name, value] of headers) response.setHeader(name, value);
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const payload = gzip ? gzipSync(body) : body;
    if (gzip) response.setHeader("content-encoding", "gzip");
    const vary = String(response.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) response.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    response.setHeader("content-length", payload.length);
    response.setHeader("x-kechan-cache", state);
    response.writeHead(page.status);
    response.end(payload);
  }

  return async function servePage(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    // An English page's second pass (lib/i18n/request-header.ts) goes straight to Next: it carries the
    // Chinese path, under which the cache may hold the Chinese page.
    if (request.headers[rewriteMarkHeader] !== undefined) {
      await handle(request, response);
      return;
    }
    // The home page's language redirect comes first: a cached Chinese home page must not answer a reader
    // whose browser asks for English (proxy.ts does the same when Next serves without this cache).
    const redirect = request.method === "GET" || request.method === "HEAD" ? languageRedirect(url.pathname, url.search, header(request, "accept-language"), header(request, "cookie")) : null;
    if (redirect) {
      response.writeHead(307, { location: redirect, vary: "Accept-Language, Cookie", "content-length": 0 });
      response.end();
      return;
    }
    if (request.headers[renderHeader] === secret || !isCacheablePageRequest(request.method, url, request.headers)) {
      await handle(request, response);
      return;
    }
    const current = readVersion(dataVersion);
    if (current === null) {
      // No database to watch (missing, unreadable): nothing is cached, and Next shows its error page.
      await handle(request, response);
      return;
    }
    if (current !== version) {
      if (version !== null) cache.clear();
      version = current;
    }
    const key = url.pathname + url.search;
    const hit = cache.get(key);
    if (hit) return send(request, response, hit, "hit");
    if (!cache.seenBefore(key) || !listening()) {
      await handle(request, response);
      return;
    }
    let rendered: Awaited<ReturnType<typeof render>>;
    try {
      rendered = await render(key);
    } catch (error) {
      // The loopback request failed (the server began to stop while it was on its way): Next answers directly.
      if (listening()) console.error(`kechan: rendering ${key} into the page cache failed; answered directly:`, error);
      await handle(request, response);
      return;
    }
    const { page, cacheable } = rendered;
    // A render that overlapped a write may show the data from before it: keep it only if nothing changed.
    if (cacheable && readVersion(dataVersion) === version) cache.set(key, page);
    send(request, response, page, "miss");
  };
}
