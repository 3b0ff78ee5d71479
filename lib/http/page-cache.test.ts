import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, PageCache, policyNonce, toCachedPage, withNonce } from "./page-cache";

const url = (path: string) => new URL(path, "http://localhost");
const page = (html: string, nonce = "N0NCE") =>
  toCachedPage(200, [["content-security-policy", `script-src 'nonce-${nonce}'`], ["content-type", "text/html"]], Buffer.from(html), nonce);

describe("isCacheablePageRequest", () => {
  it("takes plain page requests", () => {
    expect(isCacheablePageRequest("GET", url("/regions/cn?all=1"), { accept: "text/html" })).toBe(true);
    expect(isCacheablePageRequest("GET", url("/"), {})).toBe(true);
  });

  it("leaves writes, the API, assets, editor pages and router fetches to Next", () => {
    expect(isCacheablePageRequest("POST", url("/stage/batch"), {})).toBe(false);
    expect(isCacheablePageRequest("HEAD", url("/"), {})).toBe(false);
    for (const path of ["/api/v1/regions", "/_next/static/chunks/a.js", "/admin/import", "/admin", "/samples/import-sample.csv"]) {
      expect(isCacheablePageRequest("GET", url(path), {})).toBe(false);
    }
    expect(isCacheablePageRequest("GET", url("/regions?_rsc=1"), {})).toBe(false);
    expect(isCacheablePageRequest("GET", url("/regions"), { rsc: "1" })).toBe(false);
    expect(isCacheablePageRequest("GET", url("/regions"), { "next-router-state-tree": "x" })).toBe(false);
    expect(isCacheablePageRequest("GET", url("/regions"), { "next-action": "abc" })).toBe(false);
  });

  it("does not mistake pages whose names start like excluded paths", () => {
    expect(isCacheablePageRequest("GET", url("/administration"), {})).toBe(true);
  });
});

describe("policyNonce", () => {
  it("reads the script nonce of a policy", () => {
    expect(policyNonce("default-src 'self'; script-src 'self' 'nonce-abc+/=' 'strict-dynamic'")).toBe("abc+/=");
    expect(policyNonce("default-src 'none'")).toBeNull();
    expect(policyNonce(undefined)).toBeNull();
  });
});

describe("a cached page", () => {
  it("is sent with the new nonce everywhere the old one was, in body and headers", () => {
    const cached = page('<script nonce="N0NCE"></script><p>中文</p><script nonce="N0NCE">x</script>N0NCE');
    const sent = withNonce(cached, "FRESH");
    expect(sent.body.toString()).toBe('<script nonce="FRESH"></script><p>中文</p><script nonce="FRESH">x</script>FRESH');
    expect(sent.headers).toContainEqual(["content-security-policy", "script-src 'nonce-FRESH'"]);
    expect(sent.headers).toContainEqual(["content-type", "text/html"]);
  });

  it("owns its bytes: later changes to the response buffer do not reach it", () => {
    const body = Buffer.from("<p>a</p>");
    const cached = toCachedPage(200, [], body, "N0NCE");
    body.write("<p>b</p>");
    expect(withNonce(cached, "X").body.toString()).toBe("<p>a</p>");
  });
});

describe("PageCache", () => {
  it("caches a page from its second request on", () => {
    const cache = new PageCache({ maxBytes: 10_000, maxAgeMs: 1000 });
    expect(cache.seenBefore("/a")).toBe(false);
    expect(cache.seenBefore("/a")).toBe(true);
    expect(cache.get("/a")).toBeUndefined();
    cache.set("/a", page("<p>a</p>"));
    expect(withNonce(cache.get("/a")!, "X").body.toString()).toBe("<p>a</p>");
  });

  it("drops the least recently used pages to stay within its byte budget", () => {
    const html = "x".repeat(600); // about 670 bytes with its headers: four fit in 3,000, five do not
    const cache = new PageCache({ maxBytes: 3000, maxAgeMs: 1000 });
    for (const key of ["/1", "/2", "/3", "/4"]) cache.set(key, page(html));
    expect(cache.size).toBe(4);
    cache.get("/1"); // now the most recently used
    cache.set("/5", page(html));
    expect(cache.size).toBe(4);
    expect(cache.get("/2")).toBeUndefined();
    for (const key of ["/1", "/3", "/4", "/5"]) expect(cache.get(key)).toBeDefined();
  });

  it("does not keep a page that would take over a quarter of the budget", () => {
    const cache = new PageCache({ maxBytes: 4000, maxAgeMs: 1000 });
    cache.set("/big", page("x".repeat(1500)));
    expect(cache.get("/big")).toBeUndefined();
  });

  it("lets pages expire", () => {
    let now = 0;
    const cache = new PageCache({ maxBytes: 10_000, maxAgeMs: 1000, now: () => now });
    cache.set("/a", page("<p>a</p>"));
    now = 999;
    expect(cache.get("/a")).toBeDefined();
    now = 1001;
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("forgets pages on clear but remembers which were asked for", () => {
    const cache = new PageCache({ maxBytes: 10_000, maxAgeMs: 1000 });
    cache.seenBefore("/a");
    cache.set("/a", page("<p>a</p>"));
    cache.clear();
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.seenBefore("/a")).toBe(true);
  });
});
