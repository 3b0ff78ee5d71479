// The stage tools, /stages, the zone cases, the frameworks and the sources render in English on English pages:
// every Chinese character left in their HTML stands in an element marked lang="zh-CN" (text stored only in
// Chinese), and every site link and form leads within /en. Rendered to static HTML, charts included.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BottleneckPairs } from "@/components/frameworks/bottleneck-pairs";
import { ButterflyDiagram } from "@/components/frameworks/butterfly-diagram";
import { CatchUpStrategies } from "@/components/frameworks/catch-up-strategies";
import { ForcesDiagram } from "@/components/frameworks/forces-diagram";
import { FutureDirections } from "@/components/frameworks/future-directions";
import { requireGroup } from "@/components/frameworks/lookup";
import { StepFlow } from "@/components/frameworks/step-flow";
import { CitationBlock } from "@/components/sources/citation-block";
import { StatisticSourceMeta } from "@/components/sources/statistic-source-meta";
import { BatchForm } from "@/components/stage/batch-form";
import { ScenarioPaths } from "@/components/stage/scenario-paths";
import { ScenarioTornado } from "@/components/stage/scenario-tornado";
import { StageAnswer } from "@/components/stage/stage-answer";
import { StageForm } from "@/components/stage/stage-form";
import { WeightsBars } from "@/components/stage/weights-bars";
import { CoverageHeatmap } from "@/components/zones/coverage-heatmap";
import { ZoneCard } from "@/components/zones/zone-card";
import { ZoneMatrixTable } from "@/components/zones/zone-matrix-table";
import { ZoneMetrics } from "@/components/zones/zone-metrics";
import { citationOf } from "@/lib/domain/citation";
import { dollarFigures, regionTimeline, type Figure, type RegionRef } from "@/lib/domain/regional-stages";
import { crossingSensitivity, projectScenarios } from "@/lib/domain/scenarios";
import { buildStageReport, summarizeBand } from "@/lib/domain/stage-report";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildStagesView } from "@/lib/domain/stages-view";
import { buildZoneMatrix } from "@/lib/domain/zone-matrix";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { SourceView } from "@/lib/queries/sources";
import type { ZoneCaseView } from "@/lib/queries/zones";
import { frameworks } from "@/seed/data/frameworks";
import { regions as seededRegions } from "@/seed/data/regions";
import { StageRankingChart } from "./stage-ranking-chart";
import { StageTileGrid } from "./stage-tile-grid";
import { StageTimelineTable } from "./stage-timeline-table";
import { StagesForm } from "./stages-form";
import { expectEnglish } from "@/lib/testing/english-html";


const zh = (element: ReactElement) => renderToStaticMarkup(element);

// ---- The stage tools ----

// Made-up inputs, not figures from any source.
const report = buildStageReport(gcr2014, { gdp: 12000, cny: undefined, growth: 5, year: 2024 } as never, 2026);
const bands = gcr2014.bands.map(summarizeBand);
const start = { year: report.projection!.baseYear, gdpPerCapitaUsd: report.gdpPerCapitaUsd };
const assumptions = { realGrowthPct: 5, deflatorPct: 0, cnyVsUsdPct: 0, populationPct: 0 };
const scenarios = projectScenarios(gcr2014, start, assumptions);
const sensitivity = crossingSensitivity(gcr2014, start, assumptions);

describe("the stage check in English", () => {
  it("answers, weighs and draws its scenarios in English", () => {
    const html = expectEnglish(createElement(StageAnswer, { locale: "en", report, scenarios }));
    expect(html).toContain(report.stage.nameEn);
    expect(html).toContain("Innovation-driven");
    expectEnglish(createElement(WeightsBars, { locale: "en", weights: report.weights }));
    expectEnglish(createElement(ScenarioPaths, { locale: "en", id: "s", bands, scenarios, next: report.next }));
    expectEnglish(createElement(ScenarioTornado, { locale: "en", id: "t", sensitivity, baseYear: start.year }));
    // The same answer in Chinese names the stage in Chinese.
    expect(zh(createElement(StageAnswer, { locale: "zh-CN", report, scenarios }))).toContain(report.stage.nameZh);
  });

  it("keeps its form, its errors and its example in English", () => {
    const errors = { gdp: getMessages("en").stage.form.errors.gdp! };
    const html = expectEnglish(createElement(StageForm, { locale: "en", values: { gdp: "abc" }, errors }));
    expect(html).toContain('action="/en/stage#answer"');
    expect(zh(createElement(StageForm, { locale: "zh-CN", values: {}, errors: {} }))).toContain('action="/stage#answer"');
  });

  it("gives the batch check's form in English", () => {
    const html = expectEnglish(createElement(BatchForm, {
      locale: "en", t: getMessages("en").batch, stageNames: {}, maxLines: 2000, horizonYears: 100,
    }));
    expect(html).toContain("2,000");
  });
});

// ---- /stages ----

const provinces = seededRegions.flatMap((r) => (r.level === "province" && r.adminCode ? [{ ...r, adminCode: r.adminCode }] : []));
const ref = (slug: string): RegionRef => {
  const r = seededRegions.find((x) => x.slug === slug)!;
  return { slug: r.slug, nameZh: r.nameZh, nameEn: r.nameEn, adminCode: r.adminCode ?? null, level: r.level };
};
const cny = (slug: string, year: number, value: number): Figure => ({ region: ref(slug), year, value, qualifier: null, sourceTitle: "国家统计局《年鉴》", sourceSlug: "nbs" });
const rates = [2022, 2023].map((year) => ({ year, cnyPerUsd: 7, sourceTitle: "国家统计局《汇率》", sourceSlug: "nbs-rate" }));
const figures = dollarFigures(gcr2014, [], [cny("jiangsu", 2022, 70000), cny("jiangsu", 2023, 140000), cny("anhui", 2022, 21000)], rates);
const view = buildStagesView(gcr2014, figures, undefined, 5, new Map(provinces.map((p) => [p.adminCode, p.slug])));
const names = new Map(provinces.map((p) => [p.adminCode, { nameZh: p.nameZh, nameEn: p.nameEn }]));

describe("/stages in English", () => {
  it("names the tiles, the timeline and the form in English", () => {
    const tiles = expectEnglish(createElement(StageTileGrid, { locale: "en", tiles: view.tiles, names }));
    expect(tiles).toContain("Jiangsu");
    expect(tiles).toContain('href="/en/regions/jiangsu"');
    const timelines = ["jiangsu", "anhui"].map((slug) => regionTimeline(gcr2014, figures.filter((f) => f.region.slug === slug), 5)!);
    expectEnglish(createElement(StageTimelineTable, { locale: "en", scheme: gcr2014, timelines }));
    expect(expectEnglish(createElement(StagesForm, { locale: "en", years: view.years, year: view.year, growth: "5", growthError: null }))).toContain('action="/en/stages"');
    expect(zh(createElement(StageTileGrid, { locale: "zh-CN", tiles: view.tiles, names }))).toContain("江苏");
  });

  it("draws the ranking in English once its sources have English names", () => {
    const english = view.ranked.map((f) => ({ ...f, source: "Yearbook", derivedFrom: f.derivedFrom && { ...f.derivedFrom, cnySource: "Yearbook", rateSource: "Rates" } }));
    expectEnglish(createElement(StageRankingChart, { locale: "en", scheme: gcr2014, year: view.year!, ranked: english, national: null }));
  });
});

// ---- Zones ----

const zoneSource = { slug: "doc-001", titleZh: "文献一", shortTitleZh: "文献一简称", titleEn: "Document one", shortTitleEn: "Document 1" };
const zone = (slug: string, nameZh: string, nameEn: string, firms: number | null): ZoneCaseView => ({
  slug, nameZh, nameEn, kind: "science-city", established: 2000, summaryZh: "文献对该园区的概述",
  region: { slug, nameZh, nameEn, parent: { slug: "shanghai", nameZh: "上海", nameEn: "Shanghai" } },
  source: zoneSource, locator: "第2段",
  features: [
    { category: "industry", key: "ic", labelZh: "集成电路", labelEn: "Integrated circuits", evidenceZh: "文献写到的依据", source: zoneSource, locator: "第3段" },
    { category: "chain", key: "science-chain", labelZh: "科技链", labelEn: "Technology chain", evidenceZh: "文献写到的依据", source: zoneSource, locator: "第4段" },
    { category: "practice", key: "open-call", labelZh: "揭榜挂帅", labelEn: null, evidenceZh: "文献写到的依据", source: zoneSource, locator: "第5段" },
  ],
  metrics: firms === null ? [] : [{
    code: "firms", labelZh: "企业数量", labelEn: "Firms", value: firms, unit: "firms", qualifier: "+", year: 2025, periodStart: null, yearBasis: "publication",
    valueText: "", source: { ...zoneSource, locator: "第6段", observationId: 9 },
  }],
});
const zones = [zone("zhangjiang", "张江科学城", "Zhangjiang Science City", 100), zone("suzhou", "苏州工业园区", "Suzhou Industrial Park", 200)];

describe("zone cases in English", () => {
  it("name the cases, their features and their figures in English, the documents' words marked Chinese", () => {
    const card = expectEnglish(createElement(ZoneCard, { locale: "en", zone: zones[0]! }));
    expect(card).toContain("Zhangjiang Science City");
    expect(card).toContain('<span lang="en">Integrated circuits</span>');
    expect(card).toContain('<strong lang="zh-CN">揭榜挂帅</strong>');
    const rows = buildZoneMatrix(zones);
    expectEnglish(createElement(ZoneMatrixTable, { locale: "en", zones, rows }));
    expectEnglish(createElement(ZoneMetrics, { locale: "en", zones }));
    expectEnglish(createElement(CoverageHeatmap, {
      locale: "en",
      grid: { columns: zones.map((z) => z.nameEn), rows: rows.map((r) => getMessages("en").zones.rows[r.key] ?? r.labelEn ?? r.key), reported: rows.map((r) => r.cells.map((c) => c.evidence !== null)) },
    }));
    expect(zh(createElement(ZoneCard, { locale: "zh-CN", zone: zones[0]! }))).toContain("集成电路");
  });
});

// ---- Frameworks ----

const fw = (key: string) => frameworks.find((f) => f.key === key)!;

describe("the frameworks in English", () => {
  it("label every node and group in English, the paraphrases and places marked Chinese", () => {
    const locale: Locale = "en";
    expectEnglish(createElement(StepFlow, { locale, group: requireGroup(fw("chains"), "four-chain-loop"), isLoop: true }));
    expectEnglish(createElement(BottleneckPairs, { locale, problems: requireGroup(fw("bottlenecks"), "doc000-bottlenecks"), paths: requireGroup(fw("bottlenecks"), "doc000-paths") }));
    expectEnglish(createElement(ForcesDiagram, { locale, forces: requireGroup(fw("forces"), "doc002-forces") }));
    expectEnglish(createElement(ButterflyDiagram, { locale, model: requireGroup(fw("butterfly"), "guangming-butterfly") }));
    expectEnglish(createElement(CatchUpStrategies, { locale, framework: fw("catch-up") }));
    expectEnglish(createElement(FutureDirections, { locale, framework: fw("future-industries") }));
  });
});

// ---- Sources ----

const statistics = {
  slug: "nbs-2023", kind: "statistics", file: null, titleZh: "中国统计年鉴2023", shortTitleZh: null, shortTitleEn: null, citeType: null,
  titleEn: "China Statistical Yearbook 2023", authors: "国家统计局", organisation: "", published: "2023-10", language: "zh", summaryZh: "",
  url: "https://example.org/table", tableRef: "表3-9", tier: "primary", originZh: null, reference: null, retrieved: "2026-01-02", observationCount: 3,
} as SourceView;

describe("sources in English", () => {
  it("describe a statistical table and its references in English, its own Chinese fields marked", () => {
    expectEnglish(createElement(StatisticSourceMeta, { locale: "en", source: statistics }));
    expectEnglish(createElement(CitationBlock, { locale: "en", citation: citationOf(statistics)! }));
  });
});
