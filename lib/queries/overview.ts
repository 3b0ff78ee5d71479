// What the overview reads: China's figures, the innovation centres and Zhangjiang's reported counts, in one
// call that returns plain data, so the page can be rendered from it without a client runtime (pages/index.tsx).
import { listObservations, listRegionFigures, type ObservationView, type RegionFigures } from "./observations";
import { listInnovationCentres, type CentreView } from "./regions";
import { getRegionalStageData } from "./regional-stages";
import { latestProvinceStages } from "@/lib/domain/stages-view";

/** The overview's "provinces by stage": only what it shows, so the page's data stays small. */
export type ProvinceStages = {
  year: number;
  national: { usd: number; stageNameZh: string; stageNameEn: string } | null;
  groups: { key: string; order: number; nameZh: string; nameEn: string; regions: { slug: string; nameZh: string; nameEn: string }[] }[];
} | null;

function slimProvinceStages(latest: ReturnType<typeof latestProvinceStages>): ProvinceStages {
  if (!latest) return null;
  return {
    year: latest.year,
    national: latest.national
      ? { usd: latest.national.gdpPerCapitaUsd, stageNameZh: latest.national.stage.nameZh, stageNameEn: latest.national.stage.nameEn }
      : null,
    groups: latest.groups.map((g) => ({
      key: g.band.key, order: g.band.order, nameZh: g.band.nameZh, nameEn: g.band.nameEn,
      regions: g.regions.map((f) => ({ slug: f.region.slug, nameZh: f.region.nameZh, nameEn: f.region.nameEn })),
    })),
  };
}

export type OverviewData = { china: RegionFigures; centres: CentreView[]; zhangjiang: ObservationView[]; provinceStages: ProvinceStages };

export async function getOverviewData(): Promise<OverviewData> {
  const [china, centres, zhangjiang, stages] = await Promise.all([
    listRegionFigures("cn"),
    listInnovationCentres(),
    listObservations({ region: "zhangjiang-science-city" }),
    getRegionalStageData(),
  ]);
  return { china, centres, zhangjiang, provinceStages: slimProvinceStages(latestProvinceStages(stages.scheme, stages.figures)) };
}
