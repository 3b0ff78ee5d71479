import { describe, expect, it } from "vitest";
import { frameworkView } from "./framework-view";
import type { IndexIndicatorMeta } from "./inputs";
import { indexSpecSchema } from "./spec";
import { sampleSpec, sampleSpecInput } from "./test-fixtures";

const patents: IndexIndicatorMeta = {
  key: "patents", nameZh: "专利", unit: "pieces", provinces: 4, reference: "national-per-province", sources: [{ slug: "s-1", name: "表1" }],
};

describe("frameworkView", () => {
  it("gives each weight as a share of its pillar and of the index", () => {
    const [science, industry] = frameworkView(sampleSpec(), [patents], "zh-CN");
    expect(science!.shareOfIndex).toBe(0.5);
    expect(science!.indicators.map((i) => i.shareOfPillar)).toEqual([0.5, 0.5]);
    // Industry weighs its indicators 2 : 1.
    expect(industry!.indicators.map((i) => i.shareOfPillar)).toEqual([2 / 3, 1 / 3]);
    expect(industry!.indicators.map((i) => i.shareOfIndex)).toEqual([1 / 3, 1 / 6]);
    expect(industry!.indicators[1]!.direction).toBe(-1);
  });

  it("follows equal weighting, and sets what the store says beside each indicator", () => {
    const [science, industry] = frameworkView(sampleSpec({ weighting: "equal" }), [patents], "zh-CN");
    expect(industry!.indicators.map((i) => i.shareOfPillar)).toEqual([0.5, 0.5]);
    expect(science!.indicators[1]!.store).toEqual(patents);
    expect(science!.indicators[0]!.store).toBeNull();
    expect(science!.cite).toEqual([]);
    expect(science!.indicators[0]!.cite).toBeNull();
  });

  it("labels pillars and indicators in English on an English page, as stored where a label has no English", () => {
    const spec = indexSpecSchema.parse({
      ...sampleSpecInput,
      pillars: sampleSpecInput.pillars.map((p, n) =>
        n === 0 ? { ...p, label: "科学", labelEn: "Science (en)", indicators: p.indicators.map((i, m) => (m === 0 ? { ...i, label: "研发强度", labelEn: "R&D (en)" } : i)) } : { ...p, label: "产业" },
      ),
    });
    const [science, industry] = frameworkView(spec, [patents], "en");
    expect([science!.label, industry!.label]).toEqual(["Science (en)", "产业"]);
    expect(science!.indicators.map((i) => i.label)).toEqual(["R&D (en)", "Patents"]);
    expect(frameworkView(spec, [patents], "zh-CN")[0]!.indicators[0]!.label).toBe("研发强度");
  });
});
