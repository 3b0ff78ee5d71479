import { describe, expect, it } from "vitest";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { createSessionToken, passwordMatches, sessionKey, sessionSeconds, verifySessionToken } from "./session";

describe("editor sessions", () => {
  const key = sessionKey("correct horse battery");
  const now = Date.UTC(2026, 10, 25);

  it("accept their own token until it expires", () => {
    const token = createSessionToken(key, now);
    expect(verifySessionToken(key, token, now + 1000)).toBe(true);
    expect(verifySessionToken(key, token, now + sessionSeconds * 1000 + 1000)).toBe(false);
  });

  it("refuse tampered, foreign or malformed tokens", () => {
    const token = createSessionToken(key, now);
    const [v, expiry, nonce, signature] = token.split(".");
    expect(verifySessionToken(key, `${v}.${Number(expiry) + 999999}.${nonce}.${signature}`, now)).toBe(false);
    expect(verifySessionToken(sessionKey("another password"), token, now)).toBe(false);
    for (const bad of [undefined, "", "v1.1.2", "v2.1.2.3", "a.b.c.d"]) expect(verifySessionToken(key, bad, now)).toBe(false);
  });

  it("compare passwords exactly", () => {
    expect(passwordMatches("correct horse battery", "correct horse battery")).toBe(true);
    expect(passwordMatches("correct horse batter", "correct horse battery")).toBe(false);
  });
});

/** A wrong password at `nowMs`. */
async function fail(limiter: RateLimiter, client: string, nowMs: number) {
  const attempt = await limiter.attempt(client, nowMs);
  if (attempt.allowed) await attempt.failed();
}

describe("login rate limit", () => {
  it("blocks a client after repeated failures within the window, then lets it try again", async () => {
    const limiter = createRateLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) await fail(limiter, "1.2.3.4", i);
    expect(await limiter.retryAfterMs("1.2.3.4", 10)).toBeGreaterThan(0);
    expect(await limiter.attempt("1.2.3.4", 10)).toMatchObject({ allowed: false });
    expect(await limiter.retryAfterMs("5.6.7.8", 10)).toBe(0);
    expect(await limiter.retryAfterMs("1.2.3.4", 70_000)).toBe(0);
    expect(await limiter.attempt("1.2.3.4", 70_000)).toMatchObject({ allowed: true });
  });
});
