import { describe, expect, it } from "vitest";
import { loginClient, rateLimitKey } from "./client-address";
import { parseAuthConfig } from "./config";
import { checkLogin } from "./login";
import { createRateLimiter, retryAfterMs, type RateLimiter } from "./rate-limit";

const password = "correct horse battery";

/** A request's headers as server.ts hands them to Next: the socket address in x-kechan-client. */
function request(socket: string, forwardedFor?: string): Headers {
  const headers = new Headers({ "x-kechan-client": socket });
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

function attempt(limiter: RateLimiter, headers: Headers, given: string, hops = 0, nowMs = 1_000) {
  return checkLogin({ given, password, client: rateLimitKey(loginClient(headers, hops)), nowMs, limiter });
}

describe("login limit: who the client is", () => {
  it("does not reset the count when X-Forwarded-For rotates", async () => {
    const limiter = createRateLimiter(5, 15 * 60_000);
    for (let i = 0; i < 5; i++) expect(await attempt(limiter, request("198.51.100.7", `203.0.113.${i}`), "guess")).toEqual({ ok: false, reason: "wrong-password" });
    expect(await attempt(limiter, request("198.51.100.7", "203.0.113.99"), password)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await attempt(limiter, request("198.51.100.7"), password)).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("does not lock out the address an attacker writes into X-Forwarded-For", async () => {
    const limiter = createRateLimiter(5, 15 * 60_000);
    const victim = "192.0.2.10";
    for (let i = 0; i < 5; i++) await attempt(limiter, request("198.51.100.7", victim), "guess");
    expect(await attempt(limiter, request(victim), password)).toEqual({ ok: true });
    expect(await attempt(limiter, request("198.51.100.7", victim), password)).toMatchObject({ ok: false, reason: "rate-limited" });

    // Behind a trusted proxy, which appends the address it saw to what the client sent.
    const proxied = createRateLimiter(5, 15 * 60_000);
    for (let i = 0; i < 5; i++) await attempt(proxied, request("10.0.0.2", `${victim}, 198.51.100.7`), "guess", 1);
    expect(await attempt(proxied, request("10.0.0.2", victim), password, 1)).toEqual({ ok: true });
  });

  it("uses the socket address unless proxies are trusted", () => {
    expect(loginClient(request("10.0.0.2", "203.0.113.9, 198.51.100.7"), 0)).toBe("10.0.0.2");
    expect(loginClient(request("10.0.0.2"), 1)).toBe("10.0.0.2");
    // Without server.ts in front (next dev) there is no socket address: one shared bucket, never a header the client wrote.
    expect(loginClient(new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }), 0)).toBe("unknown");
  });

  it("with KECHAN_TRUST_PROXY=1 takes the right-most X-Forwarded-For entry, which the proxy wrote", async () => {
    const { trustedProxyHops } = parseAuthConfig({ KECHAN_TRUST_PROXY: "1" });
    expect(trustedProxyHops).toBe(1);
    expect(loginClient(request("10.0.0.2", "203.0.113.9, 198.51.100.7"), trustedProxyHops)).toBe("198.51.100.7");
    // Two X-Forwarded-For headers read as one list.
    const twoHeaders = request("10.0.0.2");
    twoHeaders.append("x-forwarded-for", "203.0.113.9");
    twoHeaders.append("x-forwarded-for", "198.51.100.7");
    expect(loginClient(twoHeaders, 1)).toBe("198.51.100.7");
    expect(loginClient(request("10.0.0.2", "203.0.113.9, 198.51.100.7, 10.0.0.1"), 2)).toBe("198.51.100.7");
    // Fewer entries than trusted hops: the farthest one there is.
    expect(loginClient(request("10.0.0.2", "198.51.100.7"), 3)).toBe("198.51.100.7");

    const limiter = createRateLimiter(5, 15 * 60_000);
    for (let i = 0; i < 5; i++) await attempt(limiter, request("10.0.0.2", `203.0.113.${i}, 198.51.100.7`), "guess", 1);
    expect(await attempt(limiter, request("10.0.0.2", "203.0.113.77, 198.51.100.7"), password, 1)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await attempt(limiter, request("10.0.0.2", "198.51.100.8"), password, 1)).toEqual({ ok: true });
  });

  it("reads KECHAN_TRUST_PROXY as a whole number of hops and ignores anything else with a warning", () => {
    expect(parseAuthConfig({})).toMatchObject({ trustedProxyHops: 0, warnings: [] });
    expect(parseAuthConfig({ KECHAN_TRUST_PROXY: "" })).toMatchObject({ trustedProxyHops: 0, warnings: [] });
    expect(parseAuthConfig({ KECHAN_TRUST_PROXY: " 2 " })).toMatchObject({ trustedProxyHops: 2, warnings: [] });
    for (const bad of ["true", "-1", "1.5", "0x1", "99", "1,2", "loopback"]) {
      const config = parseAuthConfig({ KECHAN_TRUST_PROXY: bad });
      expect(config.trustedProxyHops, bad).toBe(0);
      expect(config.warnings.join(" "), bad).toMatch(/KECHAN_TRUST_PROXY/);
    }
  });

  it("counts an IPv6 client by its /64, and an IPv4-mapped address as IPv4", () => {
    expect(rateLimitKey("2001:db8:1:2::1")).toBe(rateLimitKey("2001:db8:1:2:ffff:eeee:dddd:9"));
    expect(rateLimitKey("2001:db8:1:2::1")).not.toBe(rateLimitKey("2001:db8:1:3::1"));
    expect(rateLimitKey("2001:DB8:0001:0002::1%eth0")).toBe(rateLimitKey("2001:db8:1:2::1"));
    expect(rateLimitKey("::ffff:192.0.2.10")).toBe("192.0.2.10");
    expect(rateLimitKey("192.0.2.10")).toBe("192.0.2.10");
  });
});

describe("login limit: when to try again", () => {
  it("says how long the block lasts", async () => {
    const limiter = createRateLimiter(3, 60_000);
    for (const t of [0, 10_000, 20_000]) expect(await checkLogin({ given: "guess", password, client: "a", nowMs: t, limiter })).toEqual({ ok: false, reason: "wrong-password" });
    expect(await limiter.retryAfterMs("a", 30_000)).toBe(30_000);
    expect(await limiter.retryAfterMs("a", 60_000)).toBe(0);
    expect(await limiter.retryAfterMs("b", 30_000)).toBe(0);
    const limited = await checkLogin({ given: password, password, client: "a", nowMs: 30_000, limiter });
    expect(limited).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 30 });
  });

  it("counts from the oldest of the last maxFailures failures in the window, in whatever order they come", () => {
    const rule = { maxFailures: 3, windowMs: 60_000 };
    expect(retryAfterMs([20_000, 0, 10_000], 30_000, rule)).toBe(30_000);
    // Four failures: the block lasts until the second oldest leaves the window.
    expect(retryAfterMs([20_000, 0, 5_000, 10_000], 30_000, rule)).toBe(35_000);
    // Failures that have left the window do not count.
    expect(retryAfterMs([0, 10_000, 20_000], 60_000, rule)).toBe(0);
    expect(retryAfterMs([], 0, rule)).toBe(0);
  });
});
