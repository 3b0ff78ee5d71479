// A limit on failed logins per client. The rule is one pure function; the failures are kept in the database
// (LoginFailure), so every app instance behind a load balancer counts the same tries and a restart forgets
// none. An in-memory limiter with the same rule serves the unit tests.
import type { Db } from "@/lib/db/prisma-client";

export type LimitRule = { maxFailures: number; windowMs: number };

/**
 * How long until a client may try again, given when its earlier failures happened; 0 when it may now.
 * Blocked while maxFailures failures lie within the window: until the oldest of those leaves it.
 */
export function retryAfterMs(failureTimes: readonly number[], nowMs: number, { maxFailures, windowMs }: LimitRule): number {
  const recent = failureTimes.filter((t) => nowMs - t < windowMs).sort((a, b) => a - b);
  return recent.length < maxFailures ? 0 : recent[recent.length - maxFailures]! + windowMs - nowMs;
}

/** A login attempt let through: it counts as a failure from the start (so attempts made at the same time
 * see each other) until `succeeded` clears the client's count. */
export type Attempt = { allowed: true; failed: () => Promise<void>; succeeded: () => Promise<void> };
export type Refusal = { allowed: false; retryAfterMs: number };

export type RateLimiter = {
  /** Starts an attempt, or refuses it while the client is blocked (a refused attempt counts for nothing). */
  attempt(client: string, nowMs: number): Promise<Attempt | Refusal>;
  /** How long until the client may try again; 0 when it may now. */
  retryAfterMs(client: string, nowMs: number): Promise<number>;
};

/** One process's limiter: the unit tests, and anything that runs a single instance by design. */
export function createRateLimiter(maxFailures: number, windowMs: number): RateLimiter {
  const rule = { maxFailures, windowMs };
  const failures = new Map<string, number[]>();
  const recent = (client: string, nowMs: number) => (failures.get(client) ?? []).filter((t) => nowMs - t < windowMs);
  return {
    attempt: async (client, nowMs) => {
      const earlier = recent(client, nowMs);
      const waitMs = retryAfterMs(earlier, nowMs, rule);
      if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs };
      failures.set(client, [...earlier, nowMs]);
      // Forget idle clients so the map cannot grow without bound.
      if (failures.size > 10_000) for (const [key, times] of failures) if (times.every((t) => nowMs - t >= windowMs)) failures.delete(key);
      return { allowed: true, failed: async () => {}, succeeded: async () => void failures.delete(client) };
    },
    retryAfterMs: async (client, nowMs) => retryAfterMs(recent(client, nowMs), nowMs, rule),
  };
}

/**
 * The limiter shared by every instance on one database. An attempt is written first and then judged by the
 * client's other failures in the window, those of attempts still under way included, so simultaneous guesses
 * cannot all slip under the limit: whichever of them is judged last sees all the others, and at most
 * maxFailures get through (a burst may be refused beyond that, which only costs the one sending it). A
 * refused attempt deletes its row again. Each recorded failure also deletes the rows that have left the
 * window, so the table holds about one window's failures.
 */
export function createDatabaseRateLimiter(db: Db, maxFailures: number, windowMs: number): RateLimiter {
  const rule = { maxFailures, windowMs };
  const failureTimes = async (client: string, nowMs: number, exceptId?: number) => {
    const rows = await db.loginFailure.findMany({
      where: { client, atMs: { gt: BigInt(nowMs - windowMs) }, ...(exceptId === undefined ? {} : { id: { not: exceptId } }) },
      select: { atMs: true },
    });
    return rows.map((row) => Number(row.atMs));
  };
  return {
    attempt: async (client, nowMs) => {
      const { id } = await db.loginFailure.create({ data: { client, atMs: BigInt(nowMs) }, select: { id: true } });
      const waitMs = retryAfterMs(await failureTimes(client, nowMs, id), nowMs, rule);
      if (waitMs > 0) {
        await db.loginFailure.deleteMany({ where: { id } });
        return { allowed: false, retryAfterMs: waitMs };
      }
      return {
        allowed: true,
        failed: async () => void (await db.loginFailure.deleteMany({ where: { atMs: { lte: BigInt(nowMs - windowMs) } } })),
        succeeded: async () => void (await db.loginFailure.deleteMany({ where: { client } })),
      };
    },
    retryAfterMs: async (client, nowMs) => retryAfterMs(await failureTimes(client, nowMs), nowMs, rule),
  };
}
