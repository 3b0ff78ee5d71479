import { describe, expect, it } from "vitest";
import { chartCitation, citationDate } from "./chart-citation";

describe("chart citation", () => {
  it("cites the chart as an online resource: site, title with units and years, access date, URL, then its sources", () => {
    const text = chartCitation({
      title: "人均GDP",
      subtitle: "美元/人；2018—2025年",
      sources: ["文献甲", "国家统计局年度数据"],
      url: "https://kechan.example/regions/cn?all=1#chart-series",
      accessed: new Date("2026-11-28T03:00:00Z"),
      locale: "zh-CN",
    });
    expect(text).toBe(
      "科产融合指标看板（Kechan）. 人均GDP（美元/人；2018—2025年）[EB/OL]. [2026-11-28]. https://kechan.example/regions/cn?all=1#chart-series. 数据来源：文献甲；国家统计局年度数据。",
    );
  });

  it("leaves out what it does not know", () => {
    expect(chartCitation({ title: "图", subtitle: "", sources: [], url: "http://x/", accessed: new Date("2026-01-01T00:00:00Z"), locale: "zh-CN" })).toBe(
      "科产融合指标看板（Kechan）. 图[EB/OL]. [2026-01-01]. http://x/.",
    );
  });

  it("cites in English on an English page", () => {
    const text = chartCitation({
      title: "GDP per capita",
      subtitle: "USD per person; 2018–2025",
      sources: ["Source A", "NBS annual data"],
      url: "https://kechan.example/en/regions/cn#chart-series",
      accessed: new Date("2026-11-28T03:00:00Z"),
      locale: "en",
    });
    expect(text).toBe(
      "Kechan. GDP per capita (USD per person; 2018–2025) [online]. Accessed 2026-11-28. https://kechan.example/en/regions/cn#chart-series. Data sources: Source A; NBS annual data.",
    );
    expect(chartCitation({ title: "Chart", subtitle: "", sources: [], url: "", accessed: new Date("2026-01-01T00:00:00Z"), locale: "en" })).toBe(
      "Kechan. Chart [online]. Accessed 2026-01-01.",
    );
  });

  it("dates the access in China Standard Time", () => {
    expect(citationDate(new Date("2026-11-28T17:00:00Z"))).toBe("2026-11-29");
  });
});
