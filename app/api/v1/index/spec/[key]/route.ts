import { requireEditor, requireSameOrigin } from "@/lib/auth/editor";
import { AppError, toErrorResponse } from "@/lib/errors";
import { deleteIndexSpec, getIndexSpec } from "@/lib/queries/index-specs";
import { indexSpecParamsSchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/form-values";
import { indexSpecDownloadQuerySchema, indexSpecFileName, indexSpecFileText, isDownload } from "@/lib/validation/index-spec-json";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ key: string }> };

/**
 * GET /api/v1/index/spec/{key}: the framework as JSON, exactly what POST /api/v1/index/spec and the
 * editor's import take back; `?download=1` sends it as the file kechan-index-spec-{key}-{version}.json.
 * An unknown key is 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  try {
    const { key } = indexSpecParamsSchema.parse(await params);
    const { download } = indexSpecDownloadQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const stored = await getIndexSpec(key);
    if (!stored) throw new AppError(404, `key: no index framework with the key "${key}"`);
    const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8" };
    if (isDownload(download)) headers["Content-Disposition"] = `attachment; filename="${indexSpecFileName(stored.spec)}"`;
    return new Response(indexSpecFileText(stored.spec), { headers });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** DELETE /api/v1/index/spec/{key} (editor, same origin): 204 deleted, 404 no saved spec, 409 a built-in one. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  try {
    requireSameOrigin(request);
    await requireEditor();
    const { key } = indexSpecParamsSchema.parse(await params);
    if (!(await deleteIndexSpec(key))) throw new AppError(404, `key: no saved index framework with the key "${key}"`);
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
