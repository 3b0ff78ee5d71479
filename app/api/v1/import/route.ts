import { requireEditor, requireSameOrigin } from "@/lib/auth/editor";
import { databaseFile } from "@/lib/env";
import { toErrorResponse } from "@/lib/errors";
import { importFile } from "@/lib/import";
import { formatIssueParts } from "@/lib/import/format-issue";
import { formRecord, uploadSchema } from "@/lib/validation/editor";
import { importQuerySchema } from "@/lib/validation/api";
import { searchParamsRecord } from "@/lib/validation/stage";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/import[?dryRun=1] with a multipart `file`: the editor page's import as an API. Needs an
 * editor session and a same-origin request; a file with any bad row answers 400 listing every problem.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    await requireEditor();
    const { dryRun } = importQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const { file } = uploadSchema.parse(formRecord(await request.formData()));
    const outcome = importFile(databaseFile(), new Uint8Array(await file.arrayBuffer()), file.name, {
      write: dryRun !== "1" && dryRun !== "true",
    });
    if (!outcome.ok) {
      return Response.json(
        { error: "The file has problems; nothing was written", issues: outcome.issues.map((i) => ({ ...i, path: [i.column ?? "file"], message: formatIssueParts(i).reason })) },
        { status: 400 },
      );
    }
    return Response.json({ written: outcome.written, counts: outcome.counts });
  } catch (error) {
    return toErrorResponse(error);
  }
}
