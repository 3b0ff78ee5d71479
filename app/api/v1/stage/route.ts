import { buildStageReport } from "@/lib/domain/stage-report";
import { stageSchemes } from "@/lib/domain/stage-scheme";
import { toErrorResponse } from "@/lib/errors";
import { searchParamsRecord, stageQuerySchema } from "@/lib/validation/stage";

export function GET(request: Request): Response {
  try {
    const query = stageQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const scheme = stageSchemes[query.scheme]!;
    return Response.json(buildStageReport(scheme, query, new Date().getFullYear()));
  } catch (error) {
    return toErrorResponse(error);
  }
}
