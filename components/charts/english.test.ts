// The chart frame, the charts' components and the overview's province stages render in English on English
// pages: no Chinese character outside an element marked lang="zh-CN" (text stored only in Chinese), the data
// block (CSV headers, tooltips, source line) included, and every site link within /en.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProvinceStages } from "@/components/overview/province-stages";
import type { SourcedFigure } from "@/lib/charts/chart-figures";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { summarizeBand } from "@/lib/domain/stage-report";
import type { Locale } from "@/lib/i18n/locales";
import { BarChart } from "./bar-chart";
import { ChartDownloads } from "./chart-downloads";
import { ProjectionChart } from "./projection-chart";
import { RegionBarsChart, YearSeriesChart } from "./series-charts";
import { StageLegend } from "./stage-legend";
import { expectEnglish } from "@/lib/testing/english-html";


const figure = (region: string, year: number, value: number, over: Partial<SourcedFigure> = {}): SourcedFigure => ({
  region, year, value, periodStart: null, yearBasis: "observed", qualifier: null, unit: "usd-per-capita",
  source: { title: "Source A", href: "/sources/doc-000#obs-1" }, locator: "p. 3", ...over,
});

describe("charts on an English page", () => {
  it("writes the frame, the labels, the table, the downloads and the data block in English", () => {
    const lines = [{ name: "China", figures: [figure("China", 2018, 9000, { qualifier: ">" }), figure("China", 2025, 13953)] }];
    const html = expectEnglish(createElement(YearSeriesChart, { locale: "en", id: "gdp", title: "GDP per capita", lines, unitLabel: "USD per person" }));
    expect(html).toContain('data-file-name="kechan-gdp-en"');
    expect(html).toContain("more than 9,000 USD per person");
    // A locator stored only in Chinese is kept as it is, marked as Chinese in the table.
    const stored = [{ name: "China", figures: [figure("China", 2025, 13953, { locator: "第3页" })] }];
    const table = renderToStaticMarkup(createElement(YearSeriesChart, { locale: "en", id: "gdp", title: "GDP per capita", lines: stored, unitLabel: "USD per person" }));
    expect(table).toContain('<span lang="zh-CN">第3页</span>');
  });

  it("draws bars, the projection and the stage legend in English", () => {
    const bands = gcr2014.bands.map(summarizeBand);
    expectEnglish(createElement(RegionBarsChart, { locale: "en", id: "bars", title: "R&D", figures: [figure("Beijing", 2023, 6.73, { unit: "percent" }), figure("Tibet", 2023, 2, { unit: "percent", qualifier: ">" })] }));
    expectEnglish(createElement(BarChart, { locale: "en", id: "counts", title: "Firms", data: [{ label: "Zhangjiang", value: 30, valueLabel: "over 30 firms", qualifier: "+" }] }));
    expectEnglish(
      createElement(ProjectionChart, {
        locale: "en", id: "stage", title: "Projection", bands, crossingYear: 2027, names: { reported: "Reported", projected: "Projected" },
        reported: [{ year: 2025, gdpPerCapitaUsd: 13953, label: "13,953" }],
        projected: [2025, 2026, 2027, 2028].map((year, i) => ({ year, gdpPerCapitaUsd: 13953 * 1.1 ** i })),
      }),
    );
    const legend = expectEnglish(createElement(StageLegend, { locale: "en", bands, marks: { hasBound: true } }));
    expect(legend).toContain(bands[0]!.nameEn);
    expect(legend).toContain("–");
  });

  it("keeps Chinese pages in Chinese", () => {
    const html = renderToStaticMarkup(createElement(ChartDownloads, { locale: "zh-CN" as Locale, fileName: "kechan-x", citation: "" }));
    expect(html).toMatch(/\p{Script=Han}/u);
  });
});

describe("the overview's provinces by stage on an English page", () => {
  it("names the stages and provinces in English and links within /en", () => {
    const bands = gcr2014.bands;
    const data = {
      year: 2024,
      national: { usd: 13000, stageNameZh: bands[3]!.nameZh, stageNameEn: bands[3]!.nameEn },
      groups: [
        { key: bands[3]!.key, order: bands[3]!.order, nameZh: bands[3]!.nameZh, nameEn: bands[3]!.nameEn, regions: [{ slug: "beijing", nameZh: "北京", nameEn: "Beijing" }, { slug: "shanghai", nameZh: "上海", nameEn: "Shanghai" }] },
      ],
    };
    const html = expectEnglish(createElement(ProvinceStages, { locale: "en", data }));
    expect(html).toContain('href="/en/regions/beijing"');
    expect(html).toContain(', <a href="/en/regions/shanghai">Shanghai</a>');
  });
});
