import { toErrorResponse } from "@/lib/errors";
import { listIndicators } from "@/lib/queries/indicators";

export const dynamic = "force-dynamic";

/** GET /api/v1/indicators: the catalogue with each indicator's coverage. */
export async function GET(): Promise<Response> {
  try {
    return Response.json({ indicators: await listIndicators() });
  } catch (error) {
    return toErrorResponse(error);
  }
}
