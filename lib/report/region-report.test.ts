import { describe, expect, it } from "vitest";
import { observationView } from "@/lib/api/test-fixtures";
import { dollarFigures, type Figure, type RegionRef } from "@/lib/domain/regional-stages";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildRegionReport, maxSeriesYears } from "./region-report";

const jiangxi: RegionRef = { slug: "jiangxi", nameZh: "江西", nameEn: "Jiangxi", adminCode: "360000", level: "province" };
const cny = (year: number, value: number): Figure => ({ region: jiangxi, year, value, qualifier: null, sourceTitle: "年鉴", sourceSlug: "nbs-gdp" });
const rates = [2022, 2023].map((year) => ({ year, cnyPerUsd: 7, sourceTitle: "汇率", sourceSlug: "nbs-rate" }));
const given: Figure = { region: jiangxi, year: 2023, value: 9000, qualifier: ">", sourceTitle: "文献〇", sourceSlug: "doc-000" };

const obs = (code: string, year: number, source: string, id = year) =>
  observationView({ id, year, indicator: { code, nameZh: code, nameEn: code, unit: "percent", category: "rnd" }, source: { slug: source, titleZh: source, titleEn: source, shortTitleEn: null, file: null } });

describe("buildRegionReport", () => {
  it("numbers references in the order the page first cites them: the stage, the headlines, the chart", () => {
    const dollars = dollarFigures(gcr2014, [{ ...given, year: 2001, qualifier: null, sourceSlug: "doc-009" }], [cny(2022, 70_000), cny(2023, 77_000)], rates);
    const headlines = [obs("rd", 2023, "doc-001"), obs("patents", 2023, "nbs-gdp"), obs("firms", 2022, "doc-002")];
    const report = buildRegionReport({ observations: headlines, headlines, dollarFigures: dollars, maxHeadlines: 10 });
    expect(report.stage?.item.year).toBe(2023);
    expect(report.stage?.refs).toEqual([1, 2]);
    // A source cited again keeps its first number.
    expect(report.headlines.map((h) => h.refs)).toEqual([[3], [1], [4]]);
    // The band chart marks the first and the latest figure only, so 2022 and its sources stay out.
    expect(report.chart.kind === "band" && report.chart.figures.map((f) => f.year)).toEqual([2001, 2023]);
    expect(report.chartRefs).toEqual([1, 2, 5]);
    expect(report.references).toEqual(["nbs-gdp", "nbs-rate", "doc-001", "doc-002", "doc-009"]);
  });

  it("draws the band chart for a single dollar figure, taking the converted figure over a bound as given", () => {
    const dollars = dollarFigures(gcr2014, [given], [cny(2023, 77_000)], rates);
    const report = buildRegionReport({ observations: [], headlines: [], dollarFigures: dollars, maxHeadlines: 10 });
    expect(report.chart).toMatchObject({ kind: "band", figures: [{ year: 2023, derivedFrom: { cny: 77_000 } }] });
    expect(report.references).toEqual(["nbs-gdp", "nbs-rate"]);
  });

  it("without dollar figures has no stage and charts the first headline indicator with more than one year", () => {
    const observations = [obs("rd", 2023, "doc-001", 1), obs("patents", 2020, "doc-003", 2), obs("patents", 2023, "doc-004", 3)];
    const headlines = [observations[0]!, observations[2]!];
    const report = buildRegionReport({ observations, headlines, dollarFigures: [], maxHeadlines: 10 });
    expect(report.stage).toBeNull();
    expect(report.chart).toMatchObject({ kind: "series" });
    expect(report.chart.kind === "series" && report.chart.observations.map((o) => o.year)).toEqual([2020, 2023]);
    expect(report.references).toEqual(["doc-001", "doc-004", "doc-003"]);
  });

  it("draws a long series over its latest years only", () => {
    const observations = Array.from({ length: 20 }, (_, i) => obs("rd", 2000 + i, `doc-${i}`, i));
    const report = buildRegionReport({ observations, headlines: [observations.at(-1)!], dollarFigures: [], maxHeadlines: 10 });
    expect(report.chart.kind === "series" && report.chart.observations.map((o) => o.year)).toEqual(Array.from({ length: maxSeriesYears }, (_, i) => 2020 - maxSeriesYears + i));
    expect(report.references).toHaveLength(maxSeriesYears);
  });

  it("keeps to the headline limit, says how many are left off, and charts nothing without a series", () => {
    const headlines = ["a", "b", "c"].map((code, i) => obs(code, 2023, `doc-00${i}`, i));
    const report = buildRegionReport({ observations: headlines, headlines, dollarFigures: [], maxHeadlines: 2 });
    expect(report.headlines.map((h) => h.item.indicator.code)).toEqual(["a", "b"]);
    expect(report.omittedHeadlines).toBe(1);
    expect(report.chart).toEqual({ kind: "none" });
    expect(report.references).toEqual(["doc-000", "doc-001"]);
  });
});
