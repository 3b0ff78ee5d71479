import { describe, expect, it } from "vitest";
import { parseAuthConfig } from "./config";
import { originVerdict } from "./origin";
import { publicOriginHosts } from "./public-origin";

const direct = { trustedProxyHops: 0, publicOrigin: null };

/** A request as Next hands it to a route handler behind server.ts (its URL names the listening address). */
function post(headers: Record<string, string>, url = "http://127.0.0.1:3000/api/v1/import") {
  return { url, headers: new Headers(headers) };
}

describe("same-origin check", () => {
  const site = { host: "kechan.example:3000" };

  it.each([
    ["the site itself", "http://kechan.example:3000", "same"],
    ["upper case, as some clients write it", "HTTP://KECHAN.example:3000", "same"],
    ["another scheme", "https://kechan.example:3000", "foreign"],
    ["another port", "http://kechan.example:3001", "foreign"],
    ["no port (80)", "http://kechan.example", "foreign"],
    ["another host", "http://evil.example:3000", "foreign"],
    ["a sub-domain", "http://a.kechan.example:3000", "foreign"],
    ["an opaque origin", "null", "foreign"],
    ["a broken IPv6 literal", "http://[", "foreign"],
    ["not a URL", "kechan.example:3000", "foreign"],
    ["a file origin", "file://", "foreign"],
    ["credentials", "http://user@kechan.example:3000", "foreign"],
    ["a path", "http://kechan.example:3000/x", "foreign"],
    ["absent", undefined, "missing"],
  ])("%s → %s", (_name, origin, expected) => {
    const headers: Record<string, string> = { ...site };
    if (origin !== undefined) headers.origin = origin;
    expect(() => originVerdict(post(headers), direct)).not.toThrow();
    expect(originVerdict(post(headers), direct)).toBe(expected);
  });

  it("never throws on a malformed Host either", () => {
    for (const host of ["[", "a b", "", "kechan.example:99999"]) {
      expect(originVerdict(post({ host, origin: "http://kechan.example" }), direct)).toBe("foreign");
    }
  });

  it("normalises default ports and takes the scheme the server saw", () => {
    expect(originVerdict(post({ host: "kechan.example:80", origin: "http://kechan.example" }), direct)).toBe("same");
    const tls = "https://kechan.example/api/v1/import";
    expect(originVerdict(post({ host: "kechan.example", origin: "https://kechan.example" }, tls), direct)).toBe("same");
    expect(originVerdict(post({ host: "kechan.example", origin: "http://kechan.example" }, tls), direct)).toBe("foreign");
  });

  it("believes X-Forwarded-Host and -Proto only from trusted proxies", () => {
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "kechan.example", "x-forwarded-proto": "https", origin: "https://kechan.example" };
    expect(originVerdict(post(proxied), direct)).toBe("foreign");
    expect(originVerdict(post(proxied), { trustedProxyHops: 1, publicOrigin: null })).toBe("same");
    expect(originVerdict(post({ ...proxied, origin: "http://kechan.example" }), { trustedProxyHops: 1, publicOrigin: null })).toBe("foreign");
  });

  it("compares with KECHAN_PUBLIC_ORIGIN when it is set", () => {
    const config = parseAuthConfig({ KECHAN_PUBLIC_ORIGIN: "https://Kechan.example/" });
    expect(config).toMatchObject({ publicOrigin: "https://kechan.example", warnings: [] });
    const headers = { host: "127.0.0.1:3000", origin: "https://kechan.example" };
    expect(originVerdict(post(headers), config)).toBe("same");
    expect(originVerdict(post({ ...headers, origin: "http://127.0.0.1:3000" }), config)).toBe("foreign");
    for (const bad of ["kechan.example", "ftp://kechan.example", "https://kechan.example/path", "http://["]) {
      const ignored = parseAuthConfig({ KECHAN_PUBLIC_ORIGIN: bad });
      expect(ignored.publicOrigin, bad).toBeNull();
      expect(ignored.warnings.join(" "), bad).toMatch(/KECHAN_PUBLIC_ORIGIN/);
    }
  });
});

describe("the public origin's hosts for Next's server actions", () => {
  it("gives the host with its port, and nothing for an unset or bad value", () => {
    expect(publicOriginHosts("https://kechan.example.org")).toEqual(["kechan.example.org"]);
    expect(publicOriginHosts(" http://127.0.0.1:8088/ ")).toEqual(["127.0.0.1:8088"]);
    expect(publicOriginHosts(undefined)).toEqual([]);
    expect(publicOriginHosts("kechan.example.org/path")).toEqual([]);
    expect(publicOriginHosts("https://kechan.example.org/admin")).toEqual([]);
  });
});
