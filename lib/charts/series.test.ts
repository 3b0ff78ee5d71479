import { describe, expect, it } from "vitest";
import type { SourcedFigure } from "./chart-figures";
import { buildRegionBarsOption, regionBarsFigures } from "./series";

const fig = (region: string, value: number, qualifier: string | null = null): SourcedFigure => ({
  region, year: 2023, periodStart: null, yearBasis: "observed", value, qualifier, unit: "percent", source: { title: "统计表", href: null }, locator: "",
});

describe("region bars", () => {
  it("lists the regions down the side in the order given, a bound as an open bar labelled with its qualifier", () => {
    const figures = [fig("北京", 6.73), fig("上海", 4.34), fig("甲", 2, ">")];
    const option = buildRegionBarsOption(figures, 340, "zh-CN");
    expect(option.yAxis).toMatchObject({ type: "category", inverse: true, data: ["北京", "上海", "甲"] });
    const bars = option.series[0]!.data;
    expect(bars.map((b) => b.label.formatter)).toEqual(["6.73%", "4.34%", "超过2%"]);
    expect(bars[2]!.itemStyle).toMatchObject({ color: "#ffffff", borderType: "dashed" });
    expect(option.legend?.data).toEqual(["实际值更高（原文“超过”“余”）"]);
    expect(regionBarsFigures(figures, "zh-CN").map((f) => f.at)).toEqual([0, 1, 2].map((index) => ({ series: 0, index })));
  });
});
