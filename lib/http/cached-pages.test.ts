// The page cache in a real node:http server, with a stand-in for Next that counts its renders.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cachedPages } from "./cached-pages";
import { newNonce } from "./nonce";

type Harness = { url: string; renders: () => number; setVersion: (v: number | Error) => void; close: () => Promise<void> };

async function startHarness(options: { origin?: string; listening?: () => boolean } = {}): Promise<Harness> {
  let renders = 0;
  let version: number | Error = 1;
  // Like Next behind proxy.ts: a fresh nonce per response, in the policy and on the page's scripts.
  const next = (request: IncomingMessage, response: ServerResponse) => {
    renders += 1;
    const nonce = newNonce();
    response.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(`<html><body><p>render ${renders} of ${request.url}</p><script nonce="${nonce}" src="/a.js"></script></body></html>`);
  };
  const server: Server = createServer((request, response) => void servePage(request, response, new URL(request.url ?? "/", "http://localhost")));
  const servePage = cachedPages({
    handle: next,
    origin: () => options.origin ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    listening: options.listening,
    dataVersion: () => {
      if (version instanceof Error) throw version;
      return version;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    renders: () => renders,
    setVersion: (v) => (version = v),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("cachedPages", () => {
  it("answers through Next directly, uncached, when the loopback render fails or the server is stopping", async () => {
    // A loopback port that was just given up: nothing listens there, so the render's request is refused.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, "127.0.0.1", resolve));
    const port = (gone.address() as AddressInfo).port;
    await new Promise((resolve) => gone.close(resolve));
    harness = await startHarness({ origin: `http://127.0.0.1:${port}` });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await fetch(`${harness.url}/regions/cn`));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(answers.map((r) => r.headers.get("x-kechan-cache"))).toEqual([null, null, null]);
    expect(await answers[2]!.text()).toContain("render 3 of /regions/cn");
    await harness.close();

    let listening = true;
    harness = await startHarness({ listening: () => listening });
    await fetch(`${harness.url}/zones`);
    listening = false;
    const stopping = await fetch(`${harness.url}/zones`);
    expect(stopping.headers.get("x-kechan-cache")).toBeNull();
    expect(harness.renders()).toBe(2);
    listening = true;
    expect((await fetch(`${harness.url}/zones`)).headers.get("x-kechan-cache")).toBe("miss");
  });

  it("renders a page on its first two requests and sends it from memory after, each time with its own nonce", async () => {
    harness = await startHarness();
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await fetch(`${harness.url}/regions/cn`));
    expect(responses.map((r) => r.headers.get("x-kechan-cache"))).toEqual([null, "miss", "hit", "hit"]);
    expect(harness.renders()).toBe(2);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(bodies[3]).toContain("render 2 of /regions/cn");
    const nonces = responses.map(nonceOf);
    expect(new Set(nonces).size).toBe(4);
    bodies.forEach((body, i) => expect(body).toContain(`nonce="${nonces[i]}"`));
  });

  it("sends a browser that prefers English from the cached Chinese home page to /en, and caches /en apart", async () => {
    harness = await startHarness();
    for (let i = 0; i < 3; i++) await fetch(`${harness.url}/`);
    const english = await fetch(`${harness.url}/?tab=table`, { headers: { "accept-language": "en-GB,en;q=0.9" }, redirect: "manual" });
    expect(english.status).toBe(307);
    expect(english.headers.get("location")).toBe("/en?tab=table");
    expect(english.headers.get("vary")).toContain("Accept-Language");
    const chosen = await fetch(`${harness.url}/`, { headers: { "accept-language": "en-GB", cookie: "kechan-lang=zh-CN" } });
    expect(chosen.headers.get("x-kechan-cache")).toBe("hit");
    for (let i = 0; i < 3; i++) await fetch(`${harness.url}/en`);
    const cached = await fetch(`${harness.url}/en`);
    expect(cached.headers.get("x-kechan-cache")).toBe("hit");
    expect(await cached.text()).toContain("of /en");
  });

  it("lets the second pass of an English page reach Next even when the Chinese page is cached", async () => {
    harness = await startHarness();
    for (let i = 0; i < 3; i++) await fetch(`${harness.url}/zones`);
    const before = harness.renders();
    const pass = await fetch(`${harness.url}/zones`, { headers: { "x-kechan-rewritten": "mark" } });
    expect(pass.headers.get("x-kechan-cache")).toBeNull();
    expect(harness.renders()).toBe(before + 1);
  });

  it("compresses what it sends from memory when the client accepts gzip", async () => {
    harness = await startHarness();
    for (let i = 0; i < 2; i++) await fetch(`${harness.url}/zones`);
    const hit = await fetch(`${harness.url}/zones`, { headers: { "accept-encoding": "gzip" } });
    expect(hit.headers.get("content-encoding")).toBe("gzip");
    expect(await hit.text()).toContain("render 2 of /zones"); // fetch inflates it
  });

  it("starts afresh when the database changes", async () => {
    harness = await startHarness();
    for (let i = 0; i < 3; i++) await fetch(`${harness.url}/regions/cn`);
    harness.setVersion(2);
    const after = await fetch(`${harness.url}/regions/cn`);
    expect(after.headers.get("x-kechan-cache")).toBe("miss"); // seen before, so rendered into the cache at once
    expect(await after.text()).toContain("render 3 of");
    expect((await fetch(`${harness.url}/regions/cn`)).headers.get("x-kechan-cache")).toBe("hit");
  });

  it("leaves everything to Next when the database cannot be read", async () => {
    harness = await startHarness();
    harness.setVersion(new Error("SQLITE_CANTOPEN"));
    for (let i = 0; i < 3; i++) expect((await fetch(`${harness.url}/regions/cn`)).headers.get("x-kechan-cache")).toBeNull();
    expect(harness.renders()).toBe(3);
  });

  it("never caches writes or the API", async () => {
    harness = await startHarness();
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`${harness.url}/api/v1/regions`)).headers.get("x-kechan-cache")).toBeNull();
      expect((await fetch(`${harness.url}/stage/batch`, { method: "POST", body: "x" })).headers.get("x-kechan-cache")).toBeNull();
    }
    expect(harness.renders()).toBe(6);
  });
});
