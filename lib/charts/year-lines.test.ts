import { describe, expect, it } from "vitest";
import type { SourcedFigure } from "./chart-figures";
import { renderChartSvg } from "./render-svg";
import { axisYears, buildYearLinesOption, labelPlacement, legendRows, yearLinesFigures, yearLinesNotes, type YearLinesInput } from "./year-lines";

const fig = (region: string, year: number, value: number, extra: Partial<SourcedFigure> = {}): SourcedFigure => ({
  region, year, value, periodStart: null, yearBasis: "observed", qualifier: null, unit: "usd-per-capita",
  source: { title: "文献", href: "/sources/doc-000#obs-1" }, locator: "第1段", ...extra,
});

// China's dollar figure as document 000 gives it: more than 9,000 in 2018, 13,953 in 2025, nothing between.
const china: YearLinesInput = { lines: [{ name: "中国", figures: [fig("中国", 2018, 9000, { qualifier: ">" }), fig("中国", 2025, 13953)] }], unitLabel: "美元/人", locale: "zh-CN" };

type Item = { value: unknown; symbol?: string; label?: { formatter?: string; position?: string; align?: string } };
type LooseSeries = { name?: string; type?: string; connectNulls?: boolean; lineStyle?: object; symbol?: string; data: unknown[] };
const draw = (input: YearLinesInput, width: number) => {
  const option = buildYearLinesOption(input, width);
  return { ...option, series: option.series as LooseSeries[] };
};
const asItem = (d: unknown): Item | null => (d === null ? null : typeof d === "object" ? (d as Item) : { value: d });

describe("year lines", () => {
  it("puts every year between the first and last on the axis, so 2019—2024 are there and empty", () => {
    const option = draw(china, 1100);
    expect(option.xAxis.data).toEqual(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    const line = option.series[0]!;
    expect(line.type).toBe("line");
    expect(line.connectNulls).toBe(false);
    expect(line.data.slice(1, 7)).toEqual([null, null, null, null, null, null]);
  });

  it("never joins figures across a gap with a solid line, and says so in the note", () => {
    const svg = renderChartSvg(buildYearLinesOption(china, 1100), { width: 1100, height: 320 });
    // Two figures with six empty years between them: no line segment at all, only the marks.
    expect(svg).not.toMatch(/<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+"[^>]*stroke="#1d4ed8"[^>]*stroke-width="2"/);
    expect(yearLinesNotes(china)).toContain("某年没有数字处断开，不连线。");
    const contiguous = { ...china, lines: [{ name: "中国", figures: [fig("中国", 2024, 1), fig("中国", 2025, 2)] }] };
    expect(yearLinesNotes(contiguous)).toEqual([]);
  });

  it("draws a qualified figure as an open mark at its bound, labelled with its qualifier, and names the mark in the legend", () => {
    const option = draw(china, 1100);
    // On the line the bound has no filled dot …
    expect(asItem(option.series[0]!.data[0])).toMatchObject({ value: 9000, symbol: "none" });
    // … its mark is an open triangle pointing up (the true value is higher), in a series the legend names.
    const bound = option.series.at(-1)!;
    expect(bound).toMatchObject({ type: "scatter", symbol: "emptyTriangle", symbolRotate: 0, name: "实际值更高（原文“超过”“余”）" });
    expect(bound.data).toHaveLength(1);
    expect(bound.data[0]).toMatchObject({ value: [0, 9000], label: { show: true, formatter: "超过9,000美元/人" } });
    expect(option.legend?.data).toContain("实际值更高（原文“超过”“余”）");
    const svg = renderChartSvg(buildYearLinesOption(china, 1100), { width: 1100, height: 320 });
    expect(svg).toContain("超过9,000美元/人");
    expect(svg).not.toMatch(/>9,000美元\/人</);
    // A lower bound points down.
    const below = draw({ ...china, lines: [{ name: "甲", figures: [fig("甲", 2020, 5, { qualifier: "<" })] }] }, 660);
    expect(below.series.at(-1)).toMatchObject({ symbol: "emptyTriangle", symbolRotate: 180 });
  });

  it("gives each figure the place of its mark, qualified ones in the bound series", () => {
    const figures = yearLinesFigures(china);
    expect(figures.map((f) => [f.label, f.qualifier, f.at])).toEqual([
      ["超过9,000美元/人", ">", { series: 1, index: 0 }],
      ["13,953美元/人", null, { series: 0, index: 7 }],
    ]);
    const option = draw(china, 1100);
    expect(asItem(option.series[0]!.data[7])!.value).toBe(13953);
    expect(option.series[1]!.data[0]).toMatchObject({ value: [0, 9000] });
  });

  it("keeps a period's range: on the axis, in the label and in the figure", () => {
    const forecast: YearLinesInput = { lines: [{ name: "中国", figures: [fig("中国", 2025, 5), fig("中国", 2030, 4.3, { periodStart: 2026, qualifier: "≈", unit: "percent-per-year", yearBasis: "forecast" })] }], unitLabel: "%/年", locale: "zh-CN" };
    const option = draw(forecast, 1100);
    const band = option.series.find((s) => s.name === "数字所指的年份区间")!;
    expect(band.data).toEqual([null, 4.3, 4.3, 4.3, 4.3, 4.3]);
    const bound = option.series.at(-1)!;
    expect(bound.data[0]).toMatchObject({ label: { formatter: "2026—2030年 约4.3%/年" } });
    expect(yearLinesFigures(forecast).find((f) => f.qualifier === "≈")).toMatchObject({ year: 2030, periodStart: 2026 });
    expect(axisYears(forecast.lines)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it("marks figures whose year is only the publication year, in the figures and the note", () => {
    const input: YearLinesInput = { lines: [{ name: "甲", figures: [fig("甲", 2024, 1), fig("甲", 2025, 2, { yearBasis: "publication" })] }], unitLabel: "个", locale: "zh-CN" };
    expect(yearLinesFigures(input).map((f) => f.publicationYear ?? false)).toEqual([false, true]);
    expect(yearLinesNotes(input).join("")).toContain("文献发表年");
  });

  it("draws the national figure dashed and grey, behind the regions", () => {
    const option = draw({ lines: [{ name: "江西", figures: [fig("江西", 2021, 65), fig("江西", 2022, 70)] }, { name: "湖北", figures: [fig("湖北", 2022, 92)] }], reference: { name: "全国", figures: [fig("全国", 2021, 81)] }, unitLabel: "元/人", locale: "zh-CN" }, 660);
    expect(option.series.map((s) => s.name)).toEqual(["江西", "湖北", "全国"]);
    expect(option.series[2]!.lineStyle).toMatchObject({ type: "dashed" });
    expect(option.series[0]!.lineStyle).toMatchObject({ type: "solid" });
    expect(option.legend?.data).toEqual(["江西", "湖北", "全国"]);
  });

  it("gives each of six lines its own marker and dash, so they stay apart without colour", () => {
    const names = ["北京", "天津", "河北", "山西", "上海", "江苏"];
    const option = draw({ lines: names.map((name) => ({ name, figures: [fig(name, 2021, 1), fig(name, 2022, 2)] })), unitLabel: "元/人", locale: "zh-CN" }, 900);
    const looks = option.series.filter((s) => s.type === "line").map((s) => JSON.stringify([s.symbol, (s.lineStyle as { type?: unknown }).type]));
    expect(looks).toHaveLength(6);
    expect(new Set(looks).size).toBe(6);
  });
});

describe("labelPlacement", () => {
  it("keeps a label off its own line: above peaks, below troughs, beside the lower neighbour on a slope", () => {
    expect(labelPlacement([1, 3, 2], 1)).toEqual({ position: "top", align: "center" });
    expect(labelPlacement([3, 1, 2], 1)).toEqual({ position: "bottom", align: "center" });
    expect(labelPlacement([1, 2, 3], 1)).toEqual({ position: "top", align: "right" });
    expect(labelPlacement([3, 2, 1], 1)).toEqual({ position: "top", align: "left" });
    expect(labelPlacement([1, 2], 0)).toEqual({ position: "bottom", align: "center" });
    expect(labelPlacement([1, 2], 1)).toEqual({ position: "top", align: "center" });
    expect(labelPlacement([null, 5, null], 1)).toEqual({ position: "top", align: "center" });
  });

  it("labels a rising series' points off the line and inside the plot: the ends run inwards, none under the axis", () => {
    const rising: YearLinesInput = { lines: [{ name: "甲", figures: [2019, 2020, 2021, 2022].map((y, i) => fig("甲", y, 5000 + 1000 * (i + 1) ** 2)) }], unitLabel: "美元/人", locale: "zh-CN" };
    const data = draw(rising, 1100).series[0]!.data.map(asItem);
    expect(data.map((d) => [d!.label?.position, d!.label?.align])).toEqual([["bottom", "left"], ["top", "right"], ["top", "right"], ["top", "right"]]);
    // A first figure near the axis floor is labelled above it, clear of the year labels.
    const fromZero: YearLinesInput = { lines: [{ name: "甲", figures: [fig("甲", 2019, 10), fig("甲", 2020, 1000)] }], unitLabel: "美元/人", locale: "zh-CN" };
    expect(asItem(draw(fromZero, 1100).series[0]!.data[0])!.label).toMatchObject({ position: "top", align: "left" });
  });
});

describe("year lines on an English page", () => {
  it("labels the marks, names the legend and writes the notes in English", () => {
    const english: YearLinesInput = {
      lines: [{ name: "China", figures: [fig("China", 2018, 9000, { qualifier: ">" }), fig("China", 2025, 13953), fig("China", 2030, 4.3, { periodStart: 2026, yearBasis: "publication" })] }],
      unitLabel: "USD per person",
      locale: "en",
    };
    const han = /[\u4e00-\u9fff]/;
    const option = draw(english, 660);
    expect(JSON.stringify(option.legend)).not.toMatch(han);
    expect(option.series.map((s) => s.name ?? "").join("")).not.toMatch(han);
    expect(yearLinesFigures(english).map((f) => f.label)).toContain("13,953 USD per person");
    expect(yearLinesNotes(english).join(" ")).not.toMatch(han);
    expect(yearLinesNotes(english).join(" ")).toContain("China");
  });
});

describe("legendRows", () => {
  it("wraps a long legend on a phone", () => {
    const names = ["江西", "湖北", "全国", "实际值更高（原文“超过”“余”）"];
    expect(legendRows(names, 1000, 13)).toBe(1);
    expect(legendRows(names, 320, 11)).toBeGreaterThan(1);
  });
});
