import { describe, expect, it } from "vitest";
import { observationView, regionSummary } from "./test-fixtures";
import { stageOf, toRegionDto, toRegionList, toRegionProfileDto } from "./regions";

describe("stageOf", () => {
  it.each([
    [1500, "factor-driven"],
    [2500, "transition-1-2"],
    [9000, "transition-2-3"],
    [13953, "transition-2-3"],
    [17000, "transition-2-3"], // the documents' 9,000-17,000 band includes its upper bound
    [17001, "innovation-driven"],
  ])("classifies %d USD as %s under GCR 2014-2015", (value, key) => {
    expect(stageOf({ value, year: 2025, qualifier: null, derivedFrom: null })?.key).toBe(key);
  });

  it("names the stage in both languages", () => {
    expect(stageOf({ value: 13953, year: 2025, qualifier: null, derivedFrom: null })).toEqual({
      key: "transition-2-3", nameZh: "效率驱动向创新驱动转型", nameEn: "Transition from efficiency to innovation",
    });
  });

  it.each([null, { value: 0, year: 2025, qualifier: null, derivedFrom: null }, { value: Number.NaN, year: 2025, qualifier: null, derivedFrom: null }])(
    "is null without a positive figure (%o) instead of throwing",
    (latestGdp) => expect(stageOf(latestGdp)).toBeNull(),
  );
});

describe("toRegionDto", () => {
  it("gives the parent as a slug, keeps the latest GDP and adds the stage, dropping the counts", () => {
    expect(toRegionDto(regionSummary())).toEqual({
      slug: "cn", nameZh: "中国", nameEn: "China", level: "nation", adminCode: null, designation: null, parent: "world",
      latestGdp: { value: 13953, year: 2025, qualifier: null, derivedFrom: null },
      stage: { key: "transition-2-3", nameZh: "效率驱动向创新驱动转型", nameEn: "Transition from efficiency to innovation" },
    });
  });

  it("answers null parent and stage for a top-level region without GDP", () => {
    const dto = toRegionDto(regionSummary({ slug: "world", parent: null, latestGdp: null }));
    expect(dto.parent).toBeNull();
    expect(dto.stage).toBeNull();
  });
});

describe("toRegionList", () => {
  const regions = [regionSummary(), regionSummary({ slug: "beijing", level: "province" }), regionSummary({ slug: "shanghai", level: "province" })];

  it("keeps catalogue order and every region without a level", () => {
    expect(toRegionList(regions).map((r) => r.slug)).toEqual(["cn", "beijing", "shanghai"]);
  });

  it("keeps only the asked level", () => {
    expect(toRegionList(regions, "province").map((r) => r.slug)).toEqual(["beijing", "shanghai"]);
    expect(toRegionList(regions, "city")).toEqual([]);
  });
});

describe("toRegionProfileDto", () => {
  it("adds the stage and the observations in the API's shape to the profile", () => {
    const profile = {
      ...regionSummary(), designationNoteZh: null, designationSource: null, children: [], zoneCases: [], notes: [],
    };
    const dto = toRegionProfileDto(profile, [observationView()]);
    expect(dto.parent).toEqual({ slug: "world", nameZh: "世界", nameEn: "World" });
    expect(dto.stage?.key).toBe("transition-2-3");
    expect(dto.observations).toHaveLength(1);
    expect(dto.observations[0]).toMatchObject({ indicator: "gdp-per-capita-usd", region: "cn", value: 13953 });
  });
});
