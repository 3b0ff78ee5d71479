import { toErrorResponse } from "@/lib/errors";
import { switchAnswer, switchQuery } from "@/lib/i18n/switch";

export const dynamic = "force-dynamic";

/** GET /lang?to=en|zh-CN&next=/path: the language switch (lib/i18n/switch.ts). 400 names a bad field. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = switchQuery.safeParse({ to: params.get("to") ?? undefined, next: params.get("next") ?? undefined });
  if (!parsed.success) return toErrorResponse(parsed.error);
  const { location, cookie } = switchAnswer(parsed.data);
  return new Response(null, { status: 303, headers: { location, "set-cookie": cookie, "cache-control": "no-store" } });
}
