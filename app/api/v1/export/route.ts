import { exportCsv, exportJson } from "@/lib/export/observations";
import { toErrorResponse } from "@/lib/errors";
import { listExportRows } from "@/lib/queries/export";
import { exportQuerySchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const dynamic = "force-dynamic";

/** GET /api/v1/export?format=csv|json[&indicator=&region=&source=]: figures with their sources, re-importable. */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = exportQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const rows = await listExportRows(query);
    const name = ["kechan", query.region, query.indicator, query.source].filter(Boolean).join("-");
    const body = query.format === "csv" ? exportCsv(rows) : exportJson(rows);
    return new Response(body, {
      headers: {
        "content-type": query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.${query.format}"`,
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
