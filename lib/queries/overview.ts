// What the overview reads: China's figures, the innovation centres and Zhangjiang's reported counts, in one
// call that returns plain data, so the page can be rendered from it without a client runtime (pages/index.tsx).
import { listObservations, listRegionFigures, type ObservationView, type RegionFigures } from "./observations";
import { listInnovationCentres, type CentreView } from "./regions";

export type OverviewData = { china: RegionFigures; centres: CentreView[]; zhangjiang: ObservationView[] };

export async function getOverviewData(): Promise<OverviewData> {
  const [china, centres, zhangjiang] = await Promise.all([
    listRegionFigures("cn"),
    listInnovationCentres(),
    listObservations({ region: "zhangjiang-science-city" }),
  ]);
  return { china, centres, zhangjiang };
}
