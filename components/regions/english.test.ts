// The region, indicator and report components render in English on English pages: every Chinese character
// left in their HTML stands in an element marked lang="zh-CN" (text stored only in Chinese), and every site
// link leads within /en. Rendered to static HTML, without charts (their text is tested with lib/charts).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IndicatorCard } from "@/components/indicators/indicator-card";
import { ObservationTable } from "@/components/observations/observation-table";
import { ReportHeadlines, ReportReferences, ReportStage } from "@/components/report/report-sections";
import { chooseMapView } from "@/lib/domain/province-tiles";
import { dollarFigures, type Figure, type RegionRef } from "@/lib/domain/regional-stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import type { Locale } from "@/lib/i18n/locales";
import type { ObservationView } from "@/lib/queries/observations";
import type { ProvinceIndicator, RegionFigure } from "@/lib/queries/region-values";
import type { RegionIndexView } from "@/lib/queries/region-index";
import type { RegionNoteView } from "@/lib/queries/regions";
import type { SourceView } from "@/lib/queries/sources";
import { regions as seededRegions } from "@/seed/data/regions";
import { ProvinceMap } from "./province-map";
import { ProvinceStandings } from "./province-standings";
import { RegionIndexPanel } from "./region-index-panel";
import { RegionNotes } from "./region-notes";
import { expectEnglish } from "@/lib/testing/english-html";


const source = { slug: "doc-001", titleZh: "文献一", shortTitleZh: "文献一简称", titleEn: "Document one", shortTitleEn: null };

const observation = (overrides: Partial<ObservationView> = {}): ObservationView => ({
  id: 7,
  indicator: { code: "rd-intensity", nameZh: "研发经费投入强度", nameEn: "R&D intensity", unit: "percent", category: "rnd" },
  region: { slug: "jiangsu", nameZh: "江苏", nameEn: "Jiangsu" },
  year: 2023, periodStart: 2021, yearBasis: "forecast", value: 3.2, qualifier: ">", valueText: "3.2%以上",
  locator: "第2段", noteZh: "研发经费占地区生产总值的比重",
  source: { ...source, file: null },
  ...overrides,
});

const indicator: ProvinceIndicator = {
  code: "rd-intensity", nameZh: "研发经费投入强度", nameEn: "R&D intensity", unit: "percent", higherIsBetter: true,
  figureCount: 3, years: [{ year: 2022, provinces: 1 }, { year: 2023, provinces: 2 }],
};

const figure = (slug: string, nameZh: string, adminCode: string, value: number): RegionFigure => ({
  id: value * 10, region: { slug, nameZh, adminCode }, year: 2023, value, qualifier: null, source,
} as RegionFigure);

/** The seeded provinces: the regions page names every tile from the store. */
const provinces = seededRegions.flatMap((r) => (r.level === "province" && r.adminCode ? [{ slug: r.slug, nameZh: r.nameZh, nameEn: r.nameEn, adminCode: r.adminCode }] : []));

function provinceMap(locale: Locale) {
  const view = chooseMapView([indicator], {})!;
  return createElement(ProvinceMap, {
    indicators: [indicator],
    view,
    values: { provinces: [figure("jiangsu", "江苏", "320000", 3.3), figure("zhejiang", "浙江", "330000", 3.1)], national: [figure("cn", "中国", "", 2.6)] },
    provinceYears: [{ slug: "anhui", nameZh: "安徽", adminCode: "340000", years: [2022] }] as never,
    slugs: new Map(provinces.map((p) => [p.adminCode, p.slug])),
    names: new Map(provinces.map((p) => [p.adminCode, locale === "en" ? p.nameEn : p.nameZh])),
    locale,
  });
}

describe("English pages", () => {
  it("name the provinces on the map, its legend, its table and its picker in English", () => {
    const html = expectEnglish(provinceMap("en"));
    expect(html).toContain("Jiangsu");
    expect(html).toContain('action="/en/regions"');
    // A tile without a figure says why, in English.
    expect(html).toMatch(/aria-label="Anhui: No figure \(/);
  });

  it("leave the Chinese map as it was", () => {
    const html = renderToStaticMarkup(provinceMap("zh-CN"));
    expect(html).toContain('action="/regions"');
    expect(html).toContain("江苏：");
  });

  it("show a figure's card and table row in English, its stored Chinese text marked as such", () => {
    const html = expectEnglish(createElement("div", null,
      createElement(IndicatorCard, { observation: observation(), locale: "en" }),
      createElement(ObservationTable, { observations: [observation()], locale: "en" }),
    ));
    expect(html).toContain("R&amp;D intensity");
    expect(html).toContain("Document one");
    expect(html).toContain('lang="zh-CN"');
  });

  it("compare a province with the others and with China in English", () => {
    const standings = [{
      indicator, year: 2023,
      provinces: [figure("jiangsu", "江苏", "320000", 3.3), figure("zhejiang", "浙江", "330000", 3.1)],
      national: [figure("cn", "中国", "", 2.6)], provincesWithFigures: [],
    }];
    const html = expectEnglish(createElement(ProvinceStandings, { region: { slug: "jiangsu", adminCode: "320000" }, items: standings, locale: "en" }));
    expect(html).toContain("1 of 2");
  });

  it("keep the documents' notes in Chinese under English headings", () => {
    const notes: RegionNoteView[] = [{ key: "plan", kind: "programme", titleZh: "计划", bodyZh: "内容", period: "2025—2027", locator: "第1段", source }];
    const html = expectEnglish(createElement(RegionNotes, { notes, locale: "en" }));
    expect(html).toContain("Source: ");
  });

  it("write the brief's stage, headlines and references in English", () => {
    const jiangsu: RegionRef = { slug: "jiangsu", nameZh: "江苏", nameEn: "Jiangsu", adminCode: "320000", level: "province" };
    const cny: Figure = { region: jiangsu, year: 2023, value: 150_000, qualifier: null, sourceTitle: "《统计年鉴》", sourceSlug: "nbs-gdp" };
    const [dollars] = dollarFigures(gcr2014, [], [cny], [{ year: 2023, cnyPerUsd: 7, sourceTitle: "《汇率》", sourceSlug: "nbs-rate" }]);
    const sourceNames = new Map([["nbs-gdp", "Statistical yearbook"], ["nbs-rate", "Exchange rates"]]);
    const reference = {
      slug: "doc-001", kind: "document", file: "001.txt", titleZh: "文献一", shortTitleZh: null, citeType: null, titleEn: "Document one",
      authors: "Zhang San", organisation: "", published: "2024", language: "zh", summaryZh: "", url: null, tableRef: null, tier: null,
      originZh: null, reference: null, retrieved: null, observationCount: 1,
    } as SourceView;
    const html = expectEnglish(createElement("div", null,
      createElement(ReportStage, { stage: { item: dollars!, refs: [1, 2] }, sourceNames, locale: "en" }),
      createElement(ReportHeadlines, { headlines: [{ item: observation(), refs: [3] }], omitted: 2, locale: "en" }),
    ));
    expect(html).toContain("Statistical yearbook; Exchange rates");
    // An APA 7 entry keeps a Chinese title as it is, its English title in square brackets.
    const references = renderToStaticMarkup(createElement(ReportReferences, { sources: [reference], locale: "en" }));
    expect(references).toContain("[Document one]");
    expect(references).toContain("APA 7");
  });
  it("place a province in the index in English, the spec's own Chinese labels marked as such", () => {
    const view: RegionIndexView = {
      status: "ranked", spec: "default", title: "科产融合指数（起步版）", year: 2023, of: 31,
      region: {
        slug: "jiangsu", nameZh: "江苏", score: 71.2, rank: 3, group: "strong", tier: 1, percentOfNational: 110,
        pillars: { tech: 80 }, medianRank: 3, rankInterval: [2, 5], imputed: [], winsorised: [], logged: [],
      },
      pillars: [{ key: "tech", label: "科技链", score: 80 }],
      strengths: [{ label: "研发经费投入强度", rank: 2, of: 31 }],
      weaknesses: [{ label: "Patents", rank: 20, of: 31 }],
    };
    const html = expectEnglish(createElement(RegionIndexPanel, { view, locale: "en" }));
    expect(html).toContain('href="/en/index?spec=default&amp;year=2023"');
    expect(html).toContain('<dt lang="zh-CN">科技链</dt>');
  });
});
