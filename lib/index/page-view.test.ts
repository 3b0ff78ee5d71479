// The /index page's shaping: labels from the spec, units from the store, correlations and strengths over the
// ranked regions only, sources once each.
import { describe, expect, it } from "vitest";
import { toIndexDto } from "@/lib/api/composite-index";
import { computeWithUncertainty } from "@/lib/index/uncertainty-settings";
import type { IndexInputs } from "./inputs";
import { indexPageView } from "./page-view";
import { indexSpecSchema } from "./spec";
import { sampleData, sampleSpec, sampleSpecInput } from "./test-fixtures";

const spec = sampleSpec();
const source = (name: string) => ({ slug: name, name, nameEn: name === "表一" ? "Table 1" : null });
const inputs: IndexInputs = {
  year: 2023,
  data: sampleData,
  regions: sampleData.regions.map((slug) => ({ slug, nameZh: slug.toUpperCase(), nameEn: slug, adminCode: null })),
  indicators: sampleData.indicators.map((key, c) => ({
    key,
    nameZh: key,
    unit: c === 0 ? "percent" : c === 1 ? "pieces" : null,
    provinces: 5,
    reference: "national",
    sources: c < 2 ? [source("表一")] : [source("表二"), source("表一")],
  })),
};

describe("indexPageView", () => {
  const dto = toIndexDto(spec, inputs, computeWithUncertainty(spec, inputs.data));
  const view = indexPageView(spec, inputs, dto, "zh-CN");

  it("labels each indicator as the spec does, with the store's unit", () => {
    expect(view.indicators.get("rd-intensity")).toEqual({ label: "R&D intensity", unit: "%" });
    expect(view.indicators.get("patents")).toEqual({ label: "Patents", unit: "件" });
    expect(view.indicators.get("hi-tech-share")).toEqual({ label: "High-tech share", unit: "" });
    expect(view.correlation.names).toEqual(["R&D intensity", "Patents", "High-tech share", "Energy intensity"]);
  });

  it("works on the ranked regions only, best first, and names each source once", () => {
    expect(view.ranked).toEqual(dto.regions.map((r) => r.slug));
    expect(view.ranked).not.toContain("e"); // one figure of four: below the spec's coverage rule
    expect(view.strengths.map((s) => s.region)).toEqual(view.ranked);
    expect(view.sources).toEqual(["表一", "表二"]);
    // A less-is-better indicator ranks its lowest figure first.
    const energy = sampleData.indicators.indexOf("energy-intensity");
    const lowest = view.ranked.reduce((best, slug) => {
      const value = (s: string) => sampleData.values[sampleData.regions.indexOf(s)]![energy] ?? Infinity;
      return value(slug) < value(best) ? slug : best;
    });
    const standing = view.strengths.find((s) => s.region === lowest)!.standings.find((s) => s.indicator === "energy-intensity");
    expect(standing?.rank).toBe(1);
  });

  it("gives regions, units and sources in English on an English page, Chinese where English has no name", () => {
    const english = indexPageView(spec, inputs, dto, "en");
    expect(view.regionNames.get("a")).toBe("A");
    expect(english.regionNames.get("a")).toBe("a");
    expect(english.indicators.get("patents")).toEqual({ label: "Patents", unit: "pieces" });
    expect(english.sources).toEqual(["Table 1", "表二"]);
  });

  it("labels indicators in English where the spec gives an English label, and as stored where it does not", () => {
    const bilingual = indexSpecSchema.parse({
      ...sampleSpecInput,
      pillars: sampleSpecInput.pillars.map((p) => ({
        ...p,
        indicators: p.indicators.map((i) => (i.key === "energy-intensity" ? { ...i, label: "能耗强度" } : { ...i, label: `${i.key}（中文）`, labelEn: `${i.label} (en)` })),
      })),
    });
    const english = indexPageView(bilingual, inputs, dto, "en");
    expect(english.indicators.get("patents")).toEqual({ label: "Patents (en)", unit: "pieces" });
    expect(english.correlation.names).toEqual(["R&D intensity (en)", "Patents (en)", "High-tech share (en)", "能耗强度"]);
    expect(indexPageView(bilingual, inputs, dto, "zh-CN").indicators.get("patents")?.label).toBe("patents（中文）");
  });
});
