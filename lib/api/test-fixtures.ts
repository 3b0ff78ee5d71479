// View objects as the query layer returns them, for the mappers' unit tests (no database).
import type { ObservationView } from "@/lib/queries/observations";
import type { RegionSummary } from "@/lib/queries/regions";
import type { ZoneCaseView } from "@/lib/queries/zones";

export const regionSummary = (overrides: Partial<RegionSummary> = {}): RegionSummary => ({
  slug: "cn", nameZh: "中国", nameEn: "China", level: "nation", adminCode: null, designation: null,
  parent: { slug: "world", nameZh: "世界", nameEn: "World" }, observationCount: 12, zoneCaseCount: 0,
  latestGdp: { value: 13953, year: 2025, qualifier: null, derivedFrom: null },
  ...overrides,
});

export const observationView = (overrides: Partial<ObservationView> = {}): ObservationView => ({
  id: 7,
  indicator: { code: "gdp-per-capita-usd", nameZh: "人均GDP", nameEn: "GDP per capita", unit: "usd-per-capita", category: "economy" },
  region: { slug: "cn", nameZh: "中国", nameEn: "China" },
  year: 2025, periodStart: null, yearBasis: "observed", value: 13953, qualifier: null, valueText: "13953",
  locator: "第2段", noteZh: "人均GDP约13953美元",
  source: { slug: "doc-000", titleZh: "文献〇", titleEn: "Document 0", shortTitleEn: null, file: "000_0123456789abcdef.txt" },
  ...overrides,
});

export const zoneView = (): ZoneCaseView => ({
  slug: "zhangjiang-science-city", nameZh: "张江科学城", nameEn: "Zhangjiang Science City", kind: "science-city",
  established: 2017, summaryZh: "上海张江。",
  region: { slug: "zhangjiang-science-city", nameZh: "张江科学城", nameEn: "Zhangjiang Science City", parent: { slug: "shanghai", nameZh: "上海", nameEn: "Shanghai" } },
  source: { slug: "doc-002", titleZh: "文献二", shortTitleZh: null, titleEn: "Document 2", shortTitleEn: null }, locator: "第3节",
  features: [{ category: "practice", key: "fund", labelZh: "基金", labelEn: "Fund", evidenceZh: "设立基金", source: { slug: "doc-002", titleZh: "文献二" }, locator: "第4段" }],
  metrics: [{
    code: "zone-firms", labelZh: "企业数", labelEn: "Firms", value: 24000, unit: "firms", qualifier: "≈", year: 2025,
    valueText: "2.4万", source: { slug: "doc-002", titleZh: "文献二", locator: "第5段", observationId: 99 },
  }],
});
