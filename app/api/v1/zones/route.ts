import { toZoneDto } from "@/lib/api/zones";
import { toErrorResponse } from "@/lib/errors";
import { listZoneCases } from "@/lib/queries/zones";

export const dynamic = "force-dynamic";

/** GET /api/v1/zones: every high-tech zone / science-city case with its metrics and features. */
export async function GET(): Promise<Response> {
  try {
    return Response.json({ zones: (await listZoneCases()).map(toZoneDto) });
  } catch (error) {
    return toErrorResponse(error);
  }
}
