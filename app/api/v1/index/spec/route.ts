import { requireEditor, requireSameOrigin } from "@/lib/auth/editor";
import { AppError, toErrorResponse } from "@/lib/errors";
import { listIndexSpecs, saveIndexSpec } from "@/lib/queries/index-specs";
import { maxIndexSpecBytes, readIndexSpecJson } from "@/lib/validation/index-spec-json";

export const dynamic = "force-dynamic";

/** GET /api/v1/index/spec: every framework, built-in and saved, as {key, version, title, builtin, savedAt}. */
export async function GET(): Promise<Response> {
  try {
    return Response.json({ specs: await listIndexSpecs() });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/**
 * POST /api/v1/index/spec with a spec as the JSON body (what GET /api/v1/index/spec/{key} gives): saved
 * under its key, 201 when new and 200 when it replaces a saved one. Needs an editor session and a
 * same-origin request. A body over 256 KB is 413, one that is not JSON 400 "body: not valid JSON", a spec
 * the schema refuses 400 naming each field path, a built-in key 409.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    await requireEditor();
    // The declared length first, so a large body is refused unread (server.ts caps every body at 2 MB).
    if (Number(request.headers.get("content-length")) > maxIndexSpecBytes) throw tooLarge();
    const read = readIndexSpecJson(new Uint8Array(await request.arrayBuffer()));
    if (!read.ok) {
      if (read.problem === "too-large") throw tooLarge();
      if (read.problem === "not-json") throw new AppError(400, "body: not valid JSON");
      throw read.error;
    }
    const { status, spec } = await saveIndexSpec(read.spec);
    const location = `/api/v1/index/spec/${spec.key}`;
    return Response.json({ status, spec }, { status: status === "created" ? 201 : 200, headers: { Location: location } });
  } catch (error) {
    return toErrorResponse(error);
  }
}

const tooLarge = () => new AppError(413, `body: a spec is at most ${maxIndexSpecBytes / 1024} KB`);
