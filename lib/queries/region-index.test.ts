import { describe, expect, it } from "vitest";
import { toIndexDto } from "@/lib/api/composite-index";
import { computeWithUncertainty } from "@/lib/index/uncertainty-settings";
import type { IndexInputs } from "@/lib/index/inputs";
import { sampleData, sampleSpec } from "@/lib/index/test-fixtures";
import { regionIndexView } from "./region-index";

const spec = sampleSpec();
const inputs: IndexInputs = {
  year: 2023,
  data: sampleData,
  regions: sampleData.regions.map((slug) => ({ slug, nameZh: slug, nameEn: slug, adminCode: null })),
  indicators: [],
};
const dto = toIndexDto(spec, inputs, computeWithUncertainty(spec, inputs.data));

describe("regionIndexView", () => {
  it("gives a ranked region its rank of all ranked, pillar scores by label, strengths and weaknesses", () => {
    const ranked = dto.regions[1]!;
    const view = regionIndexView(spec, inputs, dto, ranked.slug);
    expect(view?.status).toBe("ranked");
    if (view?.status !== "ranked") return;
    expect(view.of).toBe(dto.regions.length);
    expect(view.region.rank).toBe(ranked.rank);
    expect(view.pillars.map((p) => p.label)).toEqual(["Science", "Industry"]);
    expect(view.pillars[0]!.score).toBe(ranked.pillars.science);
    expect(view.strengths.length).toBeGreaterThan(0);
    expect(view.strengths.length + view.weaknesses.length).toBeLessThanOrEqual(view.pillars.length * 2);
  });

  it("says a region left out for coverage is out, and knows nothing of a region not in the data", () => {
    // e has one figure of four: under the sample's coverage rule of one half.
    expect(dto.excluded.map((e) => e.slug)).toContain("e");
    expect(regionIndexView(spec, inputs, dto, "e")).toMatchObject({ status: "excluded", year: 2023 });
    expect(regionIndexView(spec, inputs, dto, "nowhere")).toBeNull();
  });

  it("carries the spec's English title and labels where it gives them", () => {
    const bilingual = sampleSpec();
    const withEnglish = { ...bilingual, titleEn: "Sample (en)", pillars: bilingual.pillars.map((p, n) => (n === 0 ? { ...p, labelEn: "Science (en)", indicators: p.indicators.map((i) => ({ ...i, labelEn: `${i.label} (en)` })) } : p)) };
    const view = regionIndexView(withEnglish, inputs, dto, dto.regions[1]!.slug);
    if (view?.status !== "ranked") throw new Error("expected a ranked region");
    expect(view.titleEn).toBe("Sample (en)");
    expect(view.pillars.map((p) => p.labelEn)).toEqual(["Science (en)", undefined]);
    expect(regionIndexView(spec, inputs, dto, dto.regions[1]!.slug)).not.toHaveProperty("titleEn");
  });
});
