import { describe, expect, it } from "vitest";
import { boundOf, figureLabel, toChartFigure, yearShort, yearText, type SourcedFigure } from "./chart-figures";

const forecast: SourcedFigure = {
  region: "中国", year: 2030, periodStart: 2026, yearBasis: "forecast", value: 4.3, qualifier: "≈", unit: "percent-per-year",
  source: { title: "文献", href: "/sources/doc-000#obs-9" }, locator: "第5段",
};

describe("chart figures", () => {
  it("keeps a period's range wherever its year is said", () => {
    expect(yearText(forecast)).toBe("2026—2030年（预测）");
    expect(yearShort(forecast)).toBe("2026—2030年");
    expect(toChartFigure(forecast, "中国")).toMatchObject({ year: 2030, periodStart: 2026, label: "约4.3%/年", unit: "%/年", qualifier: "≈" });
  });

  it("keeps the publication-year caveat with a figure whose year is only the document's", () => {
    const published = { ...forecast, year: 2026, periodStart: null, yearBasis: "publication", qualifier: null, value: 3, unit: "count" as const };
    expect(yearText(published)).toContain("文献发表年");
    expect(toChartFigure(published, "中国").publicationYear).toBe(true);
    expect(toChartFigure({ ...published, yearBasis: "observed" }, "中国")).not.toHaveProperty("publicationYear");
  });

  it("writes the qualifier where Chinese puts it and knows which way the true value lies", () => {
    expect(figureLabel(9000, ">", "usd-per-capita")).toBe("超过9,000美元/人");
    expect(figureLabel(30, "+", "years")).toBe("30余年");
    expect(figureLabel(1988, null, "year")).toBe("1988年");
    expect([">", "+", "<", "≈", null].map(boundOf)).toEqual(["above", "above", "below", "about", null]);
  });
});
