import { toIndexDto } from "@/lib/api/composite-index";
import { AppError, toErrorResponse } from "@/lib/errors";
import { indexDownloadName, indexResultsCsv, indexResultsXlsx } from "@/lib/export/index-results";
import { xlsxContentType } from "@/lib/export/xlsx";
import { indexSourceNames } from "@/lib/index/inputs";
import { parseLocale } from "@/lib/i18n/locales";
import { getIndexSpec } from "@/lib/queries/index-specs";
import { defaultIndexYear } from "@/lib/queries/index-inputs";
import { getIndexRun } from "@/lib/queries/index-results";
import { indexQuerySchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/index?spec=default&year=2023: the composite index of the provinces for one framework and
 * year, with each region's 5–95 % rank interval from 1,000 seeded Monte Carlo runs. An unknown spec is 404;
 * a year without any of the spec's figures answers with status "empty" and the regions excluded.
 * format=csv|xlsx downloads the ranked regions (xlsx adds the excluded ones and what the figures are);
 * lang=en names the workbook's sheets and writes its "about" sheet in English (the columns do not change).
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const { searchParams } = new URL(request.url);
    const query = indexQuerySchema.parse(searchParamsRecord(searchParams));
    const locale = parseLocale(searchParams.get("lang"));
    const stored = await getIndexSpec(query.spec);
    if (!stored) throw new AppError(404, `spec: no index framework with the key "${query.spec}"`);
    const year = query.year ?? (await defaultIndexYear(stored.spec));
    if (year === null) throw new AppError(404, `year: the store has no province figures for any indicator of "${query.spec}"`);
    const { inputs, computation } = await getIndexRun(stored.spec, year);
    const dto = toIndexDto(stored.spec, inputs, computation);
    if (query.format === "json") return Response.json(dto);
    const download = (body: BodyInit, contentType: string) =>
      new Response(body, {
        headers: { "content-type": contentType, "content-disposition": `attachment; filename="${indexDownloadName(dto.spec, dto.year, query.format)}"` },
      });
    if (query.format === "csv") return download(indexResultsCsv(dto, stored.spec), "text/csv; charset=utf-8");
    return download(indexResultsXlsx(dto, stored.spec, indexSourceNames(inputs, locale), locale) as Uint8Array<ArrayBuffer>, xlsxContentType);
  } catch (error) {
    return toErrorResponse(error);
  }
}
