import { requireSameOrigin, signIn, signOut } from "@/lib/auth/editor";
import { readSessionBody, signInResponse } from "@/lib/auth/session-api";
import { toErrorResponse } from "@/lib/errors";
import { sessionRequestSchema } from "@/lib/validation/editor";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/session with `password` (JSON or form) and optional `next`: the editor session cookie for
 * scripts, under the login form's failed-login limit. 303 to `next` (a path on this site) or 200
 * `{ ok: true, expires }`; 401 wrong password, 429 with Retry-After when blocked, 400 naming the field.
 * A request with a foreign Origin is refused; scripts send none.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request, { allowMissing: true });
    const { password, next } = sessionRequestSchema.parse(await readSessionBody(request));
    return signInResponse(await signIn(password), next);
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** DELETE /api/v1/session: ends the session (clears the cookie); 204 whether or not there was one. */
export async function DELETE(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request, { allowMissing: true });
    await signOut();
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
