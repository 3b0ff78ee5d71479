// The password check behind both ways in (the login form and POST /api/v1/session), under one limit on
// failed logins per client: five within 15 minutes block that client until the oldest is 15 minutes old.
import type { Db } from "@/lib/db/prisma-client";
import { createDatabaseRateLimiter, type RateLimiter } from "./rate-limit";
import { passwordMatches } from "./session";

export const maxFailedLogins = 5;
export const failedLoginWindowMs = 15 * 60 * 1000;

/**
 * The login limit on the app's database. The counts live in the database, not in the limiter, so every
 * instance, and every bundle's copy of this module (the form's server action and the session route are
 * bundled separately), counts the same tries.
 */
export function loginLimiter(db: Db): RateLimiter {
  return createDatabaseRateLimiter(db, maxFailedLogins, failedLoginWindowMs);
}

export type LoginCheck = { ok: true } | { ok: false; reason: "wrong-password" } | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** A blocked client is refused before its password is looked at, so a right guess then is no signal. */
export async function checkLogin({ given, password, client, nowMs, limiter }: { given: string; password: string; client: string; nowMs: number; limiter: RateLimiter }): Promise<LoginCheck> {
  const attempt = await limiter.attempt(client, nowMs);
  if (!attempt.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.ceil(attempt.retryAfterMs / 1000) };
  if (!passwordMatches(given, password)) {
    await attempt.failed();
    return { ok: false, reason: "wrong-password" };
  }
  await attempt.succeeded();
  return { ok: true };
}
