import { describe, expect, it } from "vitest";
import { boundOf, figureLabel, qualifiedNumber, toChartFigure, withUnit, yearShort, yearText, type SourcedFigure } from "./chart-figures";

const forecast: SourcedFigure = {
  region: "中国", year: 2030, periodStart: 2026, yearBasis: "forecast", value: 4.3, qualifier: "≈", unit: "percent-per-year",
  source: { title: "文献", href: "/sources/doc-000#obs-9" }, locator: "第5段",
};

describe("chart figures", () => {
  it("keeps a period's range wherever its year is said", () => {
    expect(yearText(forecast, "zh-CN")).toBe("2026—2030年（预测）");
    expect(yearShort(forecast, "zh-CN")).toBe("2026—2030年");
    expect(toChartFigure(forecast, "中国", "zh-CN")).toMatchObject({ year: 2030, periodStart: 2026, label: "约4.3%/年", unit: "%/年", qualifier: "≈" });
  });

  it("keeps the publication-year caveat with a figure whose year is only the document's", () => {
    const published = { ...forecast, year: 2026, periodStart: null, yearBasis: "publication", qualifier: null, value: 3, unit: "count" as const };
    expect(yearText(published, "zh-CN")).toContain("文献发表年");
    expect(toChartFigure(published, "中国", "zh-CN").publicationYear).toBe(true);
    expect(toChartFigure({ ...published, yearBasis: "observed" }, "中国", "zh-CN")).not.toHaveProperty("publicationYear");
  });

  it("writes the qualifier where Chinese puts it and knows which way the true value lies", () => {
    expect(figureLabel(9000, ">", "usd-per-capita", "zh-CN")).toBe("超过9,000美元/人");
    expect(figureLabel(30, "+", "years", "zh-CN")).toBe("30余年");
    expect(figureLabel(1988, null, "year", "zh-CN")).toBe("1988年");
    expect([">", "+", "<", "≈", null].map(boundOf)).toEqual(["above", "above", "below", "about", null]);
  });

  it("writes figures, units and years in English on an English page", () => {
    const english = figureLabel(9000, ">", "usd-per-capita", "en");
    expect(english).toMatch(/^[A-Za-z][A-Za-z ]* 9,000 USD per person$/);
    expect(figureLabel(4.3, null, "percent-per-year", "en")).toBe("4.3% a year");
    expect(figureLabel(1988, null, "year", "en")).toBe("1988");
    expect(figureLabel(24000, null, "firms", "en")).toBe("24,000 firms");
    expect(figureLabel(30, "+", "years", "en")).not.toMatch(/[\u4e00-\u9fff]/);
    expect(yearText(forecast, "en")).not.toMatch(/[\u4e00-\u9fff（）]/);
    expect(toChartFigure(forecast, "China", "en")).toMatchObject({ unit: "% a year" });
  });

  it("sets a word apart from the number and a unit in Latin letters apart from it, but not a sign", () => {
    expect(withUnit("9,000", "USD per person")).toBe("9,000 USD per person");
    expect(withUnit("4.3", "%")).toBe("4.3%");
    expect(withUnit("29,145", "100 million CNY")).toBe("29,145 100 million CNY");
    expect(withUnit("4,212", "亿元")).toBe("4,212亿元");
    expect(withUnit("9,000", "美元/人")).toBe("9,000美元/人");
    expect(withUnit("12", "")).toBe("12");
    expect(qualifiedNumber("30", "+", "zh-CN")).toBe("30余");
    expect(qualifiedNumber("9,000", null, "en")).toBe("9,000");
    expect(qualifiedNumber("9,000", "~", "en")).toBe("~9,000");
  });
});
