// Rendered pages kept in memory by the production server (server.ts), so a page that is opened again is
// sent without rendering it again. Every page carries a per-response CSP nonce (proxy.ts); a cached page is
// stored split at its nonce and joined with a fresh one each time it is sent, so no two responses share one.
// A page is cached on its second request, not its first: one-off pages (a crawl, a 3,000-region scan) pass
// straight through and take no memory. The server clears the cache whenever the database changes.

export type CachedPage = {
  status: number;
  /** Response headers with the nonce cut out, as segments like the body. */
  headers: [name: string, segments: string[]][];
  body: Buffer[];
  bytes: number;
};

export type PageCacheOptions = { maxBytes: number; maxAgeMs: number; now?: () => number };

/** Requests that render a whole page the same way for everyone: no API, assets, editor pages or RSC fetches. */
export function isCacheablePageRequest(method: string | undefined, url: URL, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== "GET") return false;
  if (/^(\/en)?\/(api|_next|admin|samples|lang)(\/|$)/.test(url.pathname)) return false;
  if (url.searchParams.has("_rsc") || headers["rsc"] !== undefined || headers["next-action"] !== undefined) return false;
  return !Object.keys(headers).some((name) => name.startsWith("next-router-"));
}

/** The nonce a Content-Security-Policy grants scripts, if any. */
export function policyNonce(policy: string | undefined): string | null {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? null;
}

function splitBuffer(buffer: Buffer, separator: string): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = buffer.indexOf(separator, start); at !== -1; at = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + Buffer.byteLength(separator);
  }
  parts.push(buffer.subarray(start));
  return parts;
}

/** A rendered page made ready to be sent again with another nonce (a page without one is kept whole). */
export function toCachedPage(status: number, headers: [string, string][], body: Buffer, nonce: string | null): CachedPage {
  const copy = Buffer.from(body); // own the bytes: the response's buffer may be pooled
  return {
    status,
    headers: headers.map(([name, value]) => [name, nonce === null ? [value] : value.split(nonce)]),
    body: nonce === null ? [copy] : splitBuffer(copy, nonce),
    bytes: copy.length + headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0),
  };
}

/** Headers and body of a cached page, carrying `nonce`. */
export function withNonce(page: CachedPage, nonce: string): { headers: [string, string][]; body: Buffer } {
  const separator = Buffer.from(nonce);
  const body = page.body.flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
  return { headers: page.headers.map(([name, parts]) => [name, parts.join(nonce)]), body: Buffer.concat(body) };
}

export class PageCache {
  private readonly pages = new Map<string, { page: CachedPage; storedAt: number }>();
  private readonly seen = new Set<string>();
  private bytes = 0;
  private readonly now: () => number;

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.pages.size;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.pages.get(key);
    if (!entry) return undefined;
    this.delete(key);
    if (this.now() - entry.storedAt > this.options.maxAgeMs) return undefined;
    this.pages.set(key, entry); // the map's order doubles as least-recently-used order
    this.bytes += entry.page.bytes;
    return entry.page;
  }

  /** True from the second time a key is asked about; the first time only records it. */
  seenBefore(key: string): boolean {
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    // Keys are short; a few thousand bound this set to well under a megabyte.
    if (this.seen.size > 5000) this.seen.delete(this.seen.values().next().value!);
    return false;
  }

  set(key: string, page: CachedPage): void {
    if (page.bytes > this.options.maxBytes / 4) return; // one huge page must not empty the cache
    this.delete(key);
    this.pages.set(key, { page, storedAt: this.now() });
    this.bytes += page.bytes;
    while (this.bytes > this.options.maxBytes) this.delete(this.pages.keys().next().value!);
  }

  /** Drops every page; which keys were seen stays, so pages in demand are cached again on their next request. */
  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.pages.get(key);
    if (!entry) return;
    this.pages.delete(key);
    this.bytes -= entry.page.bytes;
  }
}
