import { requireEditor, requireSameOrigin } from "@/lib/auth/editor";
import { databaseUrl } from "@/lib/env";
import { AppError, toErrorResponse } from "@/lib/errors";
import { formatIssueParts } from "@/lib/import/format-issue";
import { runImport } from "@/lib/import/run-import";
import { isImportRunning } from "@/lib/import/summary";
import { uploadSchema } from "@/lib/validation/editor";
import { formRecord } from "@/lib/validation/form-values";
import { importQuerySchema } from "@/lib/validation/api";
import { importChoicesSchema } from "@/lib/validation/import";
import { searchParamsRecord } from "@/lib/validation/form-values";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/import[?dryRun=1] with a multipart `file` (CSV, .xlsx or JSON; an NBS 国家数据 export as
 * downloaded), optional `sheet` and repeated `indicator` ("标签=CODE", or CODE for a one-indicator file):
 * the editor page's import as an API. Needs an editor session and a same-origin request; answers with
 * what was detected, and a file with any bad row answers 400 listing every problem. While another import
 * holds the store for longer than an import waits (30 s), it answers 409 and writes nothing.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    await requireEditor();
    const { dryRun } = importQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const form = await request.formData().catch(() => {
      throw new AppError(400, "Invalid input: file (a multipart form with the file is expected)");
    });
    const { file } = uploadSchema.parse(formRecord(form));
    const choices = importChoicesSchema.parse({ sheet: form.get("sheet") ?? undefined, indicator: form.getAll("indicator") });
    // On a worker thread: the server keeps answering while a large file is checked and written.
    const outcome = await runImport({
      databaseUrl: databaseUrl(),
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
      options: { write: dryRun !== "1" && dryRun !== "true", sheet: choices.sheet, indicators: choices.indicator },
    });
    if (isImportRunning(outcome)) throw new AppError(409, "An import is running: try again when it has finished (nothing was written)");
    if (!outcome.ok) {
      return Response.json(
        {
          error: "The file has problems; nothing was written",
          issues: outcome.issues.map((i) => ({ ...i, path: [i.column ?? "file"], message: formatIssueParts(i, "en").reason })),
          detection: outcome.detection ?? null,
        },
        { status: 400 },
      );
    }
    return Response.json({ written: outcome.written, counts: outcome.counts, detection: outcome.detection });
  } catch (error) {
    return toErrorResponse(error);
  }
}
