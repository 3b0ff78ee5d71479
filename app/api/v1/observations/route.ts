import { toObservationDto } from "@/lib/api/observations";
import { AppError, toErrorResponse } from "@/lib/errors";
import { indicatorExists } from "@/lib/queries/indicators";
import { listObservations } from "@/lib/queries/observations";
import { findRegions } from "@/lib/queries/regions";
import { observationQuerySchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const dynamic = "force-dynamic";

/** GET /api/v1/observations?indicator=&region=&from=&to= — all optional. */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = observationQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    // An unknown code or slug is a 404, not an empty list, so a typo does not read as "no data".
    const [indicatorKnown, regions, observations] = await Promise.all([
      query.indicator ? indicatorExists(query.indicator) : true,
      query.region ? findRegions([query.region]) : undefined,
      listObservations(query),
    ]);
    if (!indicatorKnown) throw new AppError(404, `No indicator "${query.indicator}" (see /api/v1/indicators)`);
    if (regions?.length === 0) throw new AppError(404, `No region "${query.region}" (see /api/v1/regions)`);
    return Response.json({ observations: observations.map(toObservationDto) });
  } catch (error) {
    return toErrorResponse(error);
  }
}
