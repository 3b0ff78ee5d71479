// A small in-memory limit on failed logins per client: enough to stop guessing on one server process.

export type RateLimiter = {
  blocked(client: string, nowMs: number): boolean;
  /** How long until the client may try again; 0 when it may now. */
  retryAfterMs(client: string, nowMs: number): number;
  fail(client: string, nowMs: number): void;
  reset(client: string): void;
};

export function createRateLimiter(maxFailures: number, windowMs: number): RateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (client: string, nowMs: number) => (failures.get(client) ?? []).filter((t) => nowMs - t < windowMs);
  // Blocked while maxFailures failures lie within the window: until the oldest of those leaves it.
  const retryAfterMs = (client: string, nowMs: number) => {
    const times = recent(client, nowMs);
    return times.length < maxFailures ? 0 : times[times.length - maxFailures]! + windowMs - nowMs;
  };
  return {
    blocked: (client, nowMs) => retryAfterMs(client, nowMs) > 0,
    retryAfterMs,
    fail: (client, nowMs) => {
      failures.set(client, [...recent(client, nowMs), nowMs]);
      // Forget idle clients so the map cannot grow without bound.
      if (failures.size > 10_000) for (const [key, times] of failures) if (times.every((t) => nowMs - t >= windowMs)) failures.delete(key);
    },
    reset: (client) => void failures.delete(client),
  };
}
