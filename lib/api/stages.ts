// JSON shape of /api/v1/stages: every region with a dollar figure in one year, its WEF stage, and for a
// figure converted from yuan the yuan figure, the rate and the rate's source.
import type { DerivedFrom, RegionDollarFigure } from "@/lib/domain/regional-stages";
import { rankedForYear, yearsWithFigures } from "@/lib/domain/regional-stages";
import type { StageScheme } from "@/lib/domain/stage-scheme";

export type StagesRegionDto = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: string;
  adminCode: string | null;
  gdpPerCapitaUsd: number;
  qualifier: string | null;
  derivedFrom: DerivedFrom | null;
  source: string;
  stage: { key: string; order: number; nameZh: string; nameEn: string };
};

export type StagesDto = { year: number | null; scheme: string; years: number[]; regions: StagesRegionDto[] };

/** Rounded to cents: the conversion's own precision is the rate's four decimals. */
const cents = (usd: number) => Math.round(usd * 100) / 100;

export function toStagesDto(scheme: StageScheme, figures: RegionDollarFigure[], year: number | undefined, level: string | undefined): StagesDto {
  const years = yearsWithFigures(figures, level);
  const chosen = year ?? years[0] ?? null;
  const regions = chosen === null ? [] : rankedForYear(figures, chosen, level).map((f): StagesRegionDto => ({
    slug: f.region.slug,
    nameZh: f.region.nameZh,
    nameEn: f.region.nameEn,
    level: f.region.level,
    adminCode: f.region.adminCode,
    gdpPerCapitaUsd: cents(f.gdpPerCapitaUsd),
    qualifier: f.qualifier,
    derivedFrom: f.derivedFrom,
    source: f.source,
    stage: { key: f.stage.key, order: f.stage.order, nameZh: f.stage.nameZh, nameEn: f.stage.nameEn },
  }));
  return { year: chosen, scheme: scheme.key, years, regions };
}
