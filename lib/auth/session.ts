// Editor sessions: a signed, expiring token in an httpOnly cookie. The signing key is derived from the
// editor password, so changing the password ends every session. Pure functions of (key, time).
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const sessionCookieName = "kechan_session";
export const sessionSeconds = 8 * 60 * 60;

export function sessionKey(password: string): Buffer {
  return createHmac("sha256", "kechan-editor-session-v1").update(password).digest();
}

function sign(key: Buffer, payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url");
}

/** When a session started at nowMs ends (whole seconds, as the token states it). */
export function sessionExpiry(nowMs: number): Date {
  return new Date((Math.floor(nowMs / 1000) + sessionSeconds) * 1000);
}

/** `v1.<expiry seconds>.<random>.<signature>` */
export function createSessionToken(key: Buffer, nowMs: number): string {
  const payload = `v1.${sessionExpiry(nowMs).getTime() / 1000}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${sign(key, payload)}`;
}

export function verifySessionToken(key: Buffer, token: string | undefined, nowMs: number): boolean {
  if (!token) return false;
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== "v1") return false;
  const payload = parts.slice(0, 3).join(".");
  const given = Buffer.from(parts[3]!, "base64url");
  const expected = Buffer.from(sign(key, payload), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(parts[1]) * 1000 > nowMs;
}

/** Compares digests, not the strings, so the time taken says nothing about the password. */
export function passwordMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
