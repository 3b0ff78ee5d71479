// POST and DELETE /api/v1/session: the login form's sign-in for scripts, in HTTP terms. The body is read
// with a small cap (a password and a path), as JSON or as a form.
import "server-only";
import { AppError } from "@/lib/errors";
import { formRecord } from "@/lib/validation/form-values";
import type { SignInOutcome } from "./editor";

const maxBodyBytes = 16 * 1024;

const unreadable = () => new AppError(400, "Invalid input: password (a JSON object or a form with the password is expected)");

/** The request body as a plain record for sessionRequestSchema; 400 for anything else, 413 past the cap. */
export async function readSessionBody(request: Request): Promise<Record<string, unknown>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const bytes = await readCapped(request);
  if (type === "application/json") {
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw unreadable();
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw unreadable();
    return body as Record<string, unknown>;
  }
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
    const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData().catch(() => {
      throw unreadable();
    });
    return formRecord(form);
  }
  throw unreadable();
}

async function readCapped(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError(413, `Request body too large (at most ${maxBodyBytes} bytes)`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    for await (const chunk of request.body) {
      size += chunk.byteLength;
      if (size > maxBodyBytes) throw tooLarge();
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** 303 to `next` or 200 `{ ok, expires }`; 401, 429 with Retry-After, or 503 as JSON errors. */
export function signInResponse(outcome: SignInOutcome, next: string | undefined): Response {
  if (outcome.ok) {
    // A relative Location is resolved against this request's URL: the path stays on this site.
    return next ? new Response(null, { status: 303, headers: { location: next } }) : Response.json({ ok: true, expires: outcome.expires.toISOString() });
  }
  switch (outcome.reason) {
    case "disabled":
      throw new AppError(503, "Writes are disabled: set KECHAN_EDITOR_PASSWORD to enable editing");
    case "wrong-password":
      throw new AppError(401, "Wrong password");
    case "rate-limited":
      return Response.json(
        { error: "Too many failed logins from this client; try again later" },
        { status: 429, headers: { "retry-after": String(outcome.retryAfterSeconds) } },
      );
  }
}
