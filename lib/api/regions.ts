// JSON shapes of /api/v1/regions: a region's summary with its GCR 2014-2015 stage, and the full profile.
import { classifyGdp } from "@/lib/domain/stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import type { LatestGdp, RegionLevel, RegionProfile, RegionSummary } from "@/lib/queries/regions";
import type { ObservationView } from "@/lib/queries/observations";
import { toObservationDto, type ObservationDto } from "./observations";

export type StageDto = { key: string; nameZh: string; nameEn: string };

export type RegionDto = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  adminCode: string | null;
  designation: string | null;
  parent: string | null;
  latestGdp: LatestGdp | null;
  stage: StageDto | null;
};

export type RegionProfileDto = RegionProfile & { stage: StageDto | null; observations: ObservationDto[] };

/** The stage of the latest GDP per capita; null when there is none (or it is not a positive figure). */
export function stageOf(latestGdp: LatestGdp | null): StageDto | null {
  if (!latestGdp || !Number.isFinite(latestGdp.value) || latestGdp.value <= 0) return null;
  const { key, nameZh, nameEn } = classifyGdp(gcr2014, latestGdp.value);
  return { key, nameZh, nameEn };
}

export function toRegionDto(region: RegionSummary): RegionDto {
  const { slug, nameZh, nameEn, level, adminCode, designation, parent, latestGdp } = region;
  return { slug, nameZh, nameEn, level, adminCode, designation, parent: parent?.slug ?? null, latestGdp, stage: stageOf(latestGdp) };
}

/** Every region in catalogue order, or only those of one level. */
export function toRegionList(regions: RegionSummary[], level?: RegionLevel): RegionDto[] {
  return regions.filter((r) => level === undefined || r.level === level).map(toRegionDto);
}

export function toRegionProfileDto(profile: RegionProfile, observations: ObservationView[]): RegionProfileDto {
  return { ...profile, stage: stageOf(profile.latestGdp), observations: observations.map(toObservationDto) };
}
