// Editor access on the server: who may write, checked by every server action and route handler that
// writes (not only by a page guard), plus the same-origin check for state-changing requests.
import "server-only";
import { cookies, headers } from "next/headers";
import { editorPassword } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createRateLimiter } from "./rate-limit";
import { createSessionToken, passwordMatches, sessionCookieName, sessionKey, sessionSeconds, verifySessionToken } from "./session";

export type EditorState = "disabled" | "signed-in" | "signed-out";

const loginLimiter = createRateLimiter(5, 15 * 60 * 1000);

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

async function clientId(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

export type SignInResult = "ok" | "disabled" | "wrong-password" | "rate-limited";

export async function signIn(given: string): Promise<SignInResult> {
  const password = editorPassword();
  if (!password) return "disabled";
  const client = await clientId();
  const now = Date.now();
  if (loginLimiter.blocked(client, now)) return "rate-limited";
  if (!passwordMatches(given, password)) {
    loginLimiter.fail(client, now);
    return "wrong-password";
  }
  loginLimiter.reset(client);
  const h = await headers();
  (await cookies()).set(sessionCookieName, createSessionToken(sessionKey(password), now), {
    httpOnly: true,
    sameSite: "strict",
    // Secure whenever the page came over HTTPS; a plain-HTTP intranet install still gets a session.
    secure: h.get("x-forwarded-proto") === "https",
    path: "/",
    maxAge: sessionSeconds,
  });
  return "ok";
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(sessionCookieName);
}

/** State-changing route handlers accept only requests from our own pages (server actions check this too). */
export function requireSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) throw new AppError(403, "Cross-origin write refused");
}
