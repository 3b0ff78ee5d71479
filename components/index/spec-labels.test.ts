// On English pages the index's components name pillars and indicators by the spec's English labels, and
// keep a label the spec gives only in Chinese as stored, marked lang="zh-CN". Rendered to static HTML.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RegionIndexPanel } from "@/components/regions/region-index-panel";
import { toIndexDto } from "@/lib/api/composite-index";
import type { IndexInputs } from "@/lib/index/inputs";
import { indexSpecSchema } from "@/lib/index/spec";
import { sampleData, sampleSpecInput } from "@/lib/index/test-fixtures";
import { computeWithUncertainty } from "@/lib/index/uncertainty-settings";
import type { RegionIndexView } from "@/lib/queries/region-index";
import { regionIndexView } from "@/lib/queries/region-index";
import { IndexFrameworkTree } from "./index-framework-tree";
import { IndexPillarTable } from "./index-pillar-table";

// The first pillar and its first indicator have English labels; the rest only Chinese ones.
const spec = indexSpecSchema.parse({
  ...sampleSpecInput,
  title: "样本指数",
  titleEn: "Sample index",
  pillars: sampleSpecInput.pillars.map((p, n) =>
    n === 0
      ? { ...p, label: "科学", labelEn: "Science", indicators: p.indicators.map((i, m) => (m === 0 ? { ...i, label: "研发强度", labelEn: "R&D intensity" } : { ...i, label: "专利" })) }
      : { ...p, label: "产业", indicators: p.indicators.map((i) => ({ ...i, label: `${i.key}指标` })) },
  ),
});
const inputs: IndexInputs = {
  year: 2023,
  data: sampleData,
  regions: sampleData.regions.map((slug) => ({ slug, nameZh: slug, nameEn: slug.toUpperCase(), adminCode: null })),
  indicators: [],
};
const dto = toIndexDto(spec, inputs, computeWithUncertainty(spec, inputs.data));
const names = new Map(inputs.regions.map((r) => [r.slug, r.nameEn]));

describe("the spec's labels on index components", () => {
  it("head the pillar table in English, a Chinese-only label marked", () => {
    const html = renderToStaticMarkup(createElement(IndexPillarTable, { locale: "en", dto, pillars: spec.pillars, regionNames: names }));
    expect(html).toContain('<th scope="col" class="num">Science</th>');
    expect(html).toContain('<th scope="col" class="num" lang="zh-CN">产业</th>');
    const chinese = renderToStaticMarkup(createElement(IndexPillarTable, { locale: "zh-CN", dto, pillars: spec.pillars, regionNames: names }));
    expect(chinese).toContain(">科学</th>");
  });

  it("name pillars and indicators in the framework tree in English", () => {
    const html = renderToStaticMarkup(createElement(IndexFrameworkTree, { locale: "en", spec, indicators: [], year: 2023 }));
    expect(html).toContain("<span>Science</span>");
    expect(html).toContain("<strong>R&amp;D intensity</strong>");
    expect(html).toContain('<strong lang="zh-CN">专利</strong>');
    expect(html).toContain('<span lang="zh-CN">产业</span>');
    expect(html).not.toContain("科学");
  });

  it("place a province in the index by the spec's English title and labels", () => {
    const view = regionIndexView(spec, inputs, dto, dto.regions[0]!.slug) as RegionIndexView;
    const html = renderToStaticMarkup(createElement(RegionIndexPanel, { view, locale: "en" }));
    expect(html).toContain("<dt>Science</dt>");
    expect(html).toContain('<dt lang="zh-CN">产业</dt>');
    expect(html).toContain("<span>Sample index</span>");
    expect(html).not.toContain("科学");
    const chinese = renderToStaticMarkup(createElement(RegionIndexPanel, { view, locale: "zh-CN" }));
    expect(chinese).toContain("<dt>科学</dt>");
    expect(chinese).toContain("<span>样本指数</span>");
  });
});
