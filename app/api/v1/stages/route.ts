import { toStagesDto } from "@/lib/api/stages";
import { toErrorResponse } from "@/lib/errors";
import { getRegionalStageData } from "@/lib/queries/regional-stages";
import { stagesQuerySchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const dynamic = "force-dynamic";

/** GET /api/v1/stages?year=2023[&level=province] */
export async function GET(request: Request): Promise<Response> {
  try {
    const { year, level } = stagesQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const { scheme, figures } = await getRegionalStageData();
    return Response.json(toStagesDto(scheme, figures, year, level));
  } catch (error) {
    return toErrorResponse(error);
  }
}
