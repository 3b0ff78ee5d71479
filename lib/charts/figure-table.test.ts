import { describe, expect, it } from "vitest";
import { figureCsv, figureRows, figureSubtitle, tooltipFigures } from "./figure-table";
import type { ChartFigure } from "./types";
import { toCsv } from "@/lib/csv";

const source = { title: "文献甲", href: "/sources/doc-a" };
const figure = (over: Partial<ChartFigure>): ChartFigure => ({
  series: "中国", region: "中国", year: 2025, periodStart: null, value: 13953, label: "13,953美元/人", unit: "美元/人",
  qualifier: null, source, locator: "第3页", ...over,
});

describe("figures as table, CSV, subtitle and tooltip", () => {
  const figures = [
    figure({ year: 2018, value: 9000, label: "超过9,000美元/人", qualifier: ">", at: { series: 0, index: 0 } }),
    figure({ at: { series: 0, index: 1 } }),
    figure({ series: "情景一", region: "中国", year: 2030, periodStart: 2026, value: null, label: "翻一番", unit: "", source: { title: "文献乙", href: null }, locator: "" }),
  ];

  it("writes one column per fact, numbers as numbers and the qualifier in words", () => {
    const { header, rows } = figureCsv(figures, "zh-CN");
    expect(header).toEqual(["系列", "地区", "年份", "起始年份", "数值", "单位", "限定", "出处", "位置"]);
    expect(rows[0]).toEqual(["中国", "中国", 2018, null, 9000, "美元/人", "超过", "文献甲", "第3页"]);
    expect(rows[2]).toEqual(["情景一", "中国", 2030, 2026, null, "", "", "文献乙", ""]);
    const csv = toCsv(header, rows).split("\r\n");
    expect(csv[1]).toBe("中国,中国,2018,,9000,美元/人,超过,文献甲,第3页");
  });

  it("names the series only when it differs from the region, and notes a publication year", () => {
    const { header, rows } = figureCsv([figure({ publicationYear: true, year: 2023 })], "zh-CN");
    expect(header).toEqual(["地区", "年份", "起始年份", "数值", "单位", "限定", "出处", "位置", "备注"]);
    expect(rows[0]!.at(-1)).toContain("文献发表年");
  });

  it("shows the chart's labels and years in the Table tab", () => {
    const { hasSeries, rows } = figureRows(figures, "zh-CN");
    expect(hasSeries).toBe(true);
    expect(rows.map((r) => [r.year, r.label])).toEqual([["2018年", "超过9,000美元/人"], ["2025年", "13,953美元/人"], ["2026—2030年", "翻一番"]]);
  });

  it("gives the units and the span of years as the subtitle", () => {
    expect(figureSubtitle(figures, "zh-CN")).toBe("美元/人；2018—2030年");
    expect(figureSubtitle([figure({})], "zh-CN")).toBe("美元/人；2025年");
  });

  it("tells the tooltip value, unit, year, qualifier and source for each drawn mark", () => {
    const tips = tooltipFigures(figures, "zh-CN");
    expect(tips).toHaveLength(2);
    expect(tooltipFigures([...figures].reverse(), "zh-CN").map((t) => t.at)).toEqual([[0, 0], [0, 1]]);
    expect(tooltipFigures([figure({ label: "9,000", qualifier: ">", at: { series: 0, index: 0 } })], "zh-CN")[0]!.lines[1]).toBe("超过 9,000 美元/人");
    expect(tooltipFigures([figure({ label: "30多家", unit: "家", qualifier: "+", at: { series: 0, index: 0 } })], "zh-CN")[0]!.lines[1]).toBe("30多家");
    expect(tips[0]).toEqual({ at: [0, 0], lines: ["中国，2018年", "超过9,000美元/人", "出处：文献甲，第3页"] });
  });
});

describe("figures on an English page", () => {
  const english = (over: Partial<ChartFigure>): ChartFigure =>
    figure({ series: "China", region: "China", label: "13,953 USD per person", unit: "USD per person", source: { title: "Source A", href: null }, locator: "p. 3", ...over });

  it("writes the CSV headers, the subtitle, the table's years and the tooltip in English", () => {
    const figures = [english({ year: 2018, value: 9000, label: "more than 9,000 USD per person", qualifier: ">", at: { series: 0, index: 0 } }), english({ at: { series: 0, index: 1 } })];
    const han = /[\u4e00-\u9fff，：；（）]/;
    const { header, rows } = figureCsv(figures, "en");
    expect(header.join("")).not.toMatch(han);
    expect(rows[0]![5]).toBe("more than");
    expect(figureSubtitle(figures, "en")).toBe("USD per person; 2018–2025");
    expect(figureRows(figures, "en").rows.map((r) => r.year)).toEqual(["2018", "2025"]);
    const [tip] = tooltipFigures(figures, "en");
    expect(tip!.lines[0]).toBe("China, 2018");
    // The label already says "more than": not said twice.
    expect(tip!.lines[1]).toBe("more than 9,000 USD per person");
    expect(tip!.lines.join("")).not.toMatch(han);
  });
});

describe("figures of different indicators", () => {
  it("name the indicator in the table, the CSV and the tooltip", () => {
    const counts = [figure({ indicator: "企业数量", region: "张江科学城", series: "张江科学城", value: 24000, label: "24,000家", unit: "家", qualifier: "+", at: { series: 0, index: 2 } })];
    expect(figureCsv(counts, "zh-CN").header[0]).toBe("指标");
    expect(figureCsv(counts, "zh-CN").rows[0]).toEqual(["企业数量", "张江科学城", 2025, null, 24000, "家", "余", "文献甲", "第3页"]);
    expect(figureRows(counts, "zh-CN").rows[0]!.indicator).toBe("企业数量");
    expect(tooltipFigures(counts, "zh-CN")[0]!.lines[0]).toBe("企业数量，张江科学城，2025年");
  });
});
