// Editor access on the server: who may write, checked by every server action and route handler that
// writes (not only by a page guard), signing in and out, and the same-origin check for state-changing
// requests.
import "server-only";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db/prisma";
import { editorPassword } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddressHeader, loginClient, rateLimitKey } from "./client-address";
import { authConfig } from "./config";
import { checkLogin, loginLimiter } from "./login";
import { originVerdict } from "./origin";
import { createSessionToken, sessionCookieName, sessionExpiry, sessionKey, sessionSeconds, verifySessionToken } from "./session";

export type EditorState = "disabled" | "signed-in" | "signed-out";

export async function editorState(): Promise<EditorState> {
  const password = editorPassword();
  if (!password) return "disabled";
  const token = (await cookies()).get(sessionCookieName)?.value;
  return verifySessionToken(sessionKey(password), token, Date.now()) ? "signed-in" : "signed-out";
}

/** Throws 503 when writes are disabled and 401 without a valid session. */
export async function requireEditor(): Promise<void> {
  const state = await editorState();
  if (state === "disabled") throw new AppError(503, "Writes are disabled: set KECHAN_EDITOR_PASSWORD to enable editing");
  if (state !== "signed-in") throw new AppError(401, "Editor login required");
}

export type SignInFailure = "disabled" | "wrong-password" | "rate-limited";
export type SignInOutcome =
  | { ok: true; expires: Date }
  | { ok: false; reason: "disabled" | "wrong-password" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

let warnedNoClientAddress = false;

/** Checks the password under the failed-login limit and, when right, sets the session cookie. */
export async function signIn(given: string): Promise<SignInOutcome> {
  const password = editorPassword();
  if (!password) return { ok: false, reason: "disabled" };
  const requestHeaders = await headers();
  const config = authConfig();
  if (!requestHeaders.get(clientAddressHeader) && config.trustedProxyHops === 0 && !warnedNoClientAddress) {
    warnedNoClientAddress = true;
    console.warn(`kechan: no ${clientAddressHeader} header (not served by server.ts?): the login limit counts all clients together`);
  }
  const now = Date.now();
  const client = rateLimitKey(loginClient(requestHeaders, config.trustedProxyHops));
  const check = await checkLogin({ given, password, client, nowMs: now, limiter: loginLimiter(db) });
  if (!check.ok) return check;
  (await cookies()).set(sessionCookieName, createSessionToken(sessionKey(password), now), {
    httpOnly: true,
    sameSite: "strict",
    // Secure whenever the page came over HTTPS; a plain-HTTP intranet install still gets a session.
    secure: config.publicOrigin ? config.publicOrigin.startsWith("https:") : requestHeaders.get("x-forwarded-proto") === "https",
    path: "/",
    maxAge: sessionSeconds,
  });
  return { ok: true, expires: sessionExpiry(now) };
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(sessionCookieName);
}

/**
 * State-changing route handlers accept only requests from our own pages (server actions are checked by
 * Next). `allowMissing` lets through requests without an Origin header (scripts; browsers always send
 * one on a POST), still refusing a foreign or malformed one.
 */
export function requireSameOrigin(request: Request, { allowMissing = false }: { allowMissing?: boolean } = {}): void {
  const verdict = originVerdict(request, authConfig());
  if (verdict === "same" || (verdict === "missing" && allowMissing)) return;
  throw new AppError(403, "Cross-origin write refused");
}
