import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const samplesDir = resolve("seed/samples");

/** GET /samples/{file}: the sample import files under seed/samples (only those, by exact name). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!readdirSync(samplesDir).includes(file)) return Response.json({ error: `No sample "${file}"` }, { status: 404 });
  return new Response(readFileSync(join(samplesDir, file)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file}"` },
  });
}
