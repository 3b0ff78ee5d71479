// The login limit across instances: two app instances on one database (two Prisma clients, each with its own
// limiter) count the same failures, on SQLite and on PostgreSQL (KECHAN_TEST_POSTGRES_URL).
import { resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/prisma-client";
import { resetTestDatabase } from "@/seed/test-database";
import { checkLogin } from "./login";
import { createDatabaseRateLimiter, type RateLimiter } from "./rate-limit";

const file = resolve(".test-dbs/login-failures.db");
const password = "correct horse battery";
const windowMs = 15 * 60_000;
const t0 = Date.UTC(2026, 0, 5);

let one: Db;
let two: Db;
let first: RateLimiter;
let second: RateLimiter;

const guess = (limiter: RateLimiter, client: string, nowMs: number) => checkLogin({ given: "guess", password, client, nowMs, limiter });
const rows = () => one.loginFailure.count();

beforeAll(async () => {
  const url = await resetTestDatabase(file);
  one = createPrismaClient(url);
  two = createPrismaClient(url);
  first = createDatabaseRateLimiter(one, 5, windowMs);
  second = createDatabaseRateLimiter(two, 5, windowMs);
}, 60_000);

beforeEach(async () => {
  await one.loginFailure.deleteMany();
});

afterAll(async () => {
  await one?.$disconnect();
  await two?.$disconnect();
});

describe("the login limit on two instances sharing a database", () => {
  it("counts failures made through either instance and blocks the client on both", async () => {
    for (let i = 0; i < 5; i++) {
      const limiter = i % 2 === 0 ? first : second;
      expect(await guess(limiter, "198.51.100.7", t0 + i * 1_000)).toEqual({ ok: false, reason: "wrong-password" });
    }
    // Blocked on both, until the oldest failure (t0, made through the first) leaves the window.
    const blocked = { ok: false, reason: "rate-limited", retryAfterSeconds: 15 * 60 - 10 };
    expect(await checkLogin({ given: password, password, client: "198.51.100.7", nowMs: t0 + 10_000, limiter: first })).toEqual(blocked);
    expect(await checkLogin({ given: password, password, client: "198.51.100.7", nowMs: t0 + 10_000, limiter: second })).toEqual(blocked);
    expect(await second.retryAfterMs("198.51.100.7", t0 + windowMs)).toBe(0);
    // Another client is not held up, and refused attempts left nothing behind.
    expect(await second.retryAfterMs("192.0.2.10", t0 + 10_000)).toBe(0);
    expect(await rows()).toBe(5);
  });

  it("forgets the client's failures on both once it signs in through one", async () => {
    for (let i = 0; i < 4; i++) await guess(first, "192.0.2.20", t0 + i);
    expect(await checkLogin({ given: password, password, client: "192.0.2.20", nowMs: t0 + 10, limiter: second })).toEqual({ ok: true });
    expect(await rows()).toBe(0);
    for (let i = 0; i < 4; i++) expect(await guess(first, "192.0.2.20", t0 + 20 + i)).toEqual({ ok: false, reason: "wrong-password" });
    expect(await second.retryAfterMs("192.0.2.20", t0 + 30)).toBe(0);
  });

  it("lets at most five of many simultaneous guesses through, whichever instance they reach", async () => {
    const client = "203.0.113.5";
    const outcomes = await Promise.all(Array.from({ length: 24 }, (_, i) => guess(i % 2 === 0 ? first : second, client, t0 + 100)));
    const tried = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "wrong-password").length;
    expect(tried).toBeLessThanOrEqual(5);
    // The refused ones left no row: the client has exactly the rest of its five tries.
    expect(await rows()).toBe(tried);
    for (let i = tried; i < 5; i++) expect(await guess(first, client, t0 + 200 + i)).toEqual({ ok: false, reason: "wrong-password" });
    expect(await guess(second, client, t0 + 300)).toMatchObject({ ok: false, reason: "rate-limited" });
  });

  it("deletes failures that have left the window as it records new ones", async () => {
    for (let i = 0; i < 50; i++) await guess(i % 2 === 0 ? first : second, `198.51.100.${i}`, t0 + i);
    expect(await rows()).toBe(50);
    await guess(second, "192.0.2.99", t0 + 49 + windowMs);
    // The last old failure (t0 + 49) is exactly one window old: gone with the others.
    expect(await rows()).toBe(1);
  });
});
