// The stage scheme as stored (bands with their citation), for pages that show it.
import "server-only";
import { db } from "@/lib/db/prisma";
import type { BandSummary } from "@/lib/domain/stage-report";

export type StageSchemeView = {
  key: string;
  nameZh: string;
  nameEn: string;
  economiesCovered: number | null;
  /** Name it with sourceName (lib/domain/citation.ts). */
  source: { slug: string; titleZh: string; shortTitleZh: string | null; titleEn: string; shortTitleEn: string | null } | null;
  locator: string | null;
  bands: BandSummary[];
};

export async function getStageScheme(key: string): Promise<StageSchemeView | null> {
  const row = await db.stageScheme.findUnique({
    where: { key },
    select: {
      key: true, nameZh: true, nameEn: true, economiesCovered: true, locator: true,
      source: { select: { slug: true, titleZh: true, shortTitleZh: true, titleEn: true, shortTitleEn: true } },
      bands: {
        select: { key: true, order: true, nameZh: true, nameEn: true, isTransition: true, minUsd: true, maxUsd: true },
        orderBy: { order: "asc" },
      },
    },
  });
  if (!row) return null;
  return { ...row, bands: row.bands.map((b) => ({ ...b, key: b.key as BandSummary["key"] })) };
}
