import { describe, expect, it } from "vitest";
import { zoneView } from "./test-fixtures";
import { toZoneDto } from "./zones";

const citation = (locator: string) => ({ slug: "doc-002", titleZh: "文献二", locator });

describe("toZoneDto", () => {
  it("carries exactly the documented fields", () => {
    expect(Object.keys(toZoneDto(zoneView())).sort()).toEqual(
      ["established", "features", "kind", "metrics", "nameEn", "nameZh", "region", "slug", "source", "summaryZh"],
    );
  });

  it("puts the case's locator into its source and drops the region's parent", () => {
    const dto = toZoneDto(zoneView());
    expect(dto.source).toEqual(citation("第3节"));
    expect(dto.region).toEqual({ slug: "zhangjiang-science-city", nameZh: "张江科学城" });
  });

  it("cites each metric without valueText or the observation id", () => {
    expect(toZoneDto(zoneView()).metrics).toEqual([{
      code: "zone-firms", labelZh: "企业数", labelEn: "Firms", value: 24000, unit: "firms", qualifier: "≈", year: 2025,
      source: citation("第5段"),
    }]);
  });

  it("moves each feature's locator into its source", () => {
    expect(toZoneDto(zoneView()).features).toEqual([
      { category: "practice", key: "fund", labelZh: "基金", evidenceZh: "设立基金", source: citation("第4段") },
    ]);
  });
});
