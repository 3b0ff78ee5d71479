import { toRegionList } from "@/lib/api/regions";
import { toErrorResponse } from "@/lib/errors";
import { listRegions } from "@/lib/queries/regions";
import { regionListQuerySchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const dynamic = "force-dynamic";

/** GET /api/v1/regions[?level=province] */
export async function GET(request: Request): Promise<Response> {
  try {
    const { level } = regionListQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    return Response.json({ regions: toRegionList(await listRegions(), level) });
  } catch (error) {
    return toErrorResponse(error);
  }
}
