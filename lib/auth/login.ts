// The password check behind both ways in (the login form and POST /api/v1/session), under one limit on
// failed logins per client: five within 15 minutes block that client until the oldest is 15 minutes old.
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { passwordMatches } from "./session";

export const maxFailedLogins = 5;
export const failedLoginWindowMs = 15 * 60 * 1000;

const sharedLimiter = Symbol.for("kechan.loginLimiter");

/**
 * The process's one limiter, kept on globalThis: the form's server action and the session route are
 * bundled separately, and a copy of this module in each must not give each its own five tries.
 */
export function loginLimiter(): RateLimiter {
  const holder = globalThis as { [sharedLimiter]?: RateLimiter };
  return (holder[sharedLimiter] ??= createRateLimiter(maxFailedLogins, failedLoginWindowMs));
}

export type LoginCheck = { ok: true } | { ok: false; reason: "wrong-password" } | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** A blocked client is refused before its password is looked at, so a right guess then is no signal. */
export function checkLogin({ given, password, client, nowMs, limiter }: { given: string; password: string; client: string; nowMs: number; limiter: RateLimiter }): LoginCheck {
  const waitMs = limiter.retryAfterMs(client, nowMs);
  if (waitMs > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.ceil(waitMs / 1000) };
  if (!passwordMatches(given, password)) {
    limiter.fail(client, nowMs);
    return { ok: false, reason: "wrong-password" };
  }
  limiter.reset(client);
  return { ok: true };
}
