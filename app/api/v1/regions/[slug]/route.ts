import { toRegionProfileDto } from "@/lib/api/regions";
import { AppError, toErrorResponse } from "@/lib/errors";
import { listObservations } from "@/lib/queries/observations";
import { getRegionProfile } from "@/lib/queries/regions";
import { slugParamsSchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/regions/{slug}: the region's profile, stage and every figure seeded for it. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  try {
    const { slug } = slugParamsSchema.parse(await params);
    const [profile, observations] = await Promise.all([getRegionProfile(slug), listObservations({ region: slug })]);
    if (!profile) throw new AppError(404, `No region "${slug}" (see /api/v1/regions)`);
    return Response.json(toRegionProfileDto(profile, observations));
  } catch (error) {
    return toErrorResponse(error);
  }
}
