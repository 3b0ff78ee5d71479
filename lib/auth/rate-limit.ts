// A small in-memory limit on failed logins per client: enough to stop guessing on one server process.

export type RateLimiter = { blocked(client: string, nowMs: number): boolean; fail(client: string, nowMs: number): void; reset(client: string): void };

export function createRateLimiter(maxFailures: number, windowMs: number): RateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (client: string, nowMs: number) => (failures.get(client) ?? []).filter((t) => nowMs - t < windowMs);
  return {
    blocked: (client, nowMs) => recent(client, nowMs).length >= maxFailures,
    fail: (client, nowMs) => {
      failures.set(client, [...recent(client, nowMs), nowMs]);
      // Forget idle clients so the map cannot grow without bound.
      if (failures.size > 10_000) for (const [key, times] of failures) if (times.every((t) => nowMs - t >= windowMs)) failures.delete(key);
    },
    reset: (client) => void failures.delete(client),
  };
}
