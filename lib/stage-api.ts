// GET /api/v1/stage as a plain function of the query string: the route handler and the fast path in
// server.ts answer with exactly this.
import { buildStageReport } from "@/lib/domain/stage-report";
import { stageSchemes } from "@/lib/domain/stage-scheme";
import { errorBody } from "@/lib/errors";
import { searchParamsRecord } from "@/lib/validation/form-values";
import { stageQuerySchema } from "@/lib/validation/stage";

export function stageAnswer(searchParams: URLSearchParams, currentYear: number): { status: number; body: unknown } {
  try {
    const query = stageQuerySchema.parse(searchParamsRecord(searchParams));
    return { status: 200, body: buildStageReport(stageSchemes[query.scheme]!, query, currentYear) };
  } catch (error) {
    return errorBody(error);
  }
}
