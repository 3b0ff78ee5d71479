import { describe, expect, it } from "vitest";
import { buildRegionLinesOption, referenceFits } from "./region-lines";
import { renderChartSvg } from "./render-svg";
import { sequentialColours } from "./sequential-scale";

const input = {
  years: [2021, 2022, 2023],
  lines: [{ name: "江西", values: [65, null, 77] }, { name: "湖北", values: [null, 92, 95] }],
  reference: { name: "全国", values: [81, 85, 89] },
  unitLabel: "元/人",
};

describe("region lines", () => {
  it("draws years as categories, one line per region, gaps as gaps, the national figure dashed", () => {
    const option = buildRegionLinesOption({ ...input, width: 660 });
    expect(option.xAxis).toMatchObject({ type: "category", data: ["2021", "2022", "2023"] });
    expect(option.yAxis).toMatchObject({ type: "value", name: "元/人" });
    expect(option.series.map((s) => [s.name, s.type, s.connectNulls])).toEqual([["江西", "line", false], ["湖北", "line", false], ["全国", "line", false]]);
    expect(option.series[0]!.data).toEqual([65, null, 77]);
    expect(option.series[2]!.lineStyle).toMatchObject({ type: "dashed" });
    expect(option.series.every((s) => s.type === "line")).toBe(true);
  });

  it("renders to SVG with the reference named in the legend, at desktop and phone widths", () => {
    for (const width of [660, 360]) {
      const svg = renderChartSvg(buildRegionLinesOption({ ...input, width }), { width, height: 300 });
      expect(svg).toContain("全国");
      expect(svg).toContain("江西");
      expect(svg).toContain("元/人");
      expect(svg).toContain("stroke-dasharray");
    }
  });

  it("has no reference line when there is no national figure", () => {
    expect(buildRegionLinesOption({ ...input, reference: null, width: 660 }).series).toHaveLength(2);
  });
});

describe("referenceFits", () => {
  it("draws a national figure of the regions' size, not a national total that dwarfs them", () => {
    expect(referenceFits(input.lines, input.reference)).toBe(true);
    expect(referenceFits([{ name: "江西", values: [310, 604] }], { name: "全国", values: [19678, 33357] })).toBe(false);
    expect(referenceFits([{ name: "a", values: [null] }], { name: "全国", values: [5] })).toBe(true);
  });
});

describe("sequential colours", () => {
  it("spreads fewer bins over the whole scale, light to dark", () => {
    const five = sequentialColours(5);
    expect(five).toHaveLength(5);
    expect(sequentialColours(2)).toEqual([five[0], five[4]]);
    expect(sequentialColours(1)).toHaveLength(1);
    expect(sequentialColours(0)).toEqual([]);
    expect(sequentialColours(9)).toHaveLength(5);
  });
});
