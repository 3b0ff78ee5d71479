import { toZoneDto } from "@/lib/api/zones";
import { AppError, toErrorResponse } from "@/lib/errors";
import { getZoneCase } from "@/lib/queries/zones";
import { slugParamsSchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/zones/{slug} */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const { slug } = slugParamsSchema.parse(await params);
    const zone = await getZoneCase(slug);
    if (!zone) throw new AppError(404, `No zone "${slug}" (see /api/v1/zones)`);
    return Response.json(toZoneDto(zone));
  } catch (error) {
    return toErrorResponse(error);
  }
}
