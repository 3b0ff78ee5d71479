import { describe, expect, it } from "vitest";
import { buildCorrelationOption, correlationChartHeight, correlationColour, correlationText } from "./index-correlation";
import { renderChartSvg } from "./render-svg";
import type { CorrelationMatrix } from "@/lib/index/correlation";

const matrix: CorrelationMatrix = {
  indicators: ["x", "y", "z"],
  cells: [
    [{ r: 1, n: 4 }, { r: 0.6, n: 4 }, { r: -0.95, n: 4 }],
    [{ r: 0.6, n: 4 }, { r: 1, n: 4 }, { r: null, n: 2 }],
    [{ r: -0.95, n: 4 }, { r: null, n: 2 }, { r: 1, n: 4 }],
  ],
};

describe("correlation colours and text", () => {
  it("goes blue for positive, red for negative, darker further from 0, grey for none", () => {
    expect(correlationColour(1).fill).toBe("#1e40af");
    expect(correlationColour(-0.95).fill).toBe("#991b1b");
    expect(correlationColour(0.05).fill).toBe("#f8fafc");
    expect(correlationColour(0.5).fill).not.toBe(correlationColour(-0.5).fill);
    expect(correlationColour(null).fill).toBe("#e5e7eb");
    expect(correlationColour(1).text).toBe("#ffffff");
  });

  it("writes r to two decimals with a true minus sign", () => {
    expect(correlationText(0.6)).toBe("0.60");
    expect(correlationText(-0.954)).toBe("−0.95");
    expect(correlationText(null)).toBe("—");
  });
});

describe("buildCorrelationOption", () => {
  it("puts every cell at its column and row with r written in it", () => {
    const option = buildCorrelationOption(matrix, ["专利", "研发", "能耗"], 660);
    const cells = option.series[0]!.data;
    expect(cells).toHaveLength(9);
    expect(cells[2]!.value).toEqual([2, 0]);
    expect(cells[2]!.label.formatter).toBe("−0.95");
    expect(cells[5]!.label.formatter).toBe("—");
    expect(option.yAxis.data).toEqual(["专利", "研发", "能耗"]);
  });

  it("numbers the columns on phones and names them in the rows", () => {
    const option = buildCorrelationOption(matrix, ["专利", "研发", "能耗"], 340);
    expect(option.xAxis.data).toEqual(["1", "2", "3"]);
    expect(option.yAxis.data).toEqual(["1 专利", "2 研发", "3 能耗"]);
  });

  it("renders to SVG with the values", () => {
    const svg = renderChartSvg(buildCorrelationOption(matrix, ["专利", "研发", "能耗"], 660), { width: 660, height: correlationChartHeight(3, 660) });
    expect(svg).toContain("0.60");
    expect(svg).toContain("−0.95");
    expect(svg).toContain("能耗");
  });

  it.each([[7, 340], [7, 660], [30, 340], [30, 660]])("fits %i indicators in a %i px wide chart of its own height", (size, width) => {
    const names = Array.from({ length: size }, (_, i) => `指标${i}`);
    const cells = names.map(() => names.map(() => ({ r: 0.5, n: 31 })));
    const { grid } = buildCorrelationOption({ indicators: names, cells }, names, width);
    expect(grid.left + grid.width).toBeLessThanOrEqual(width);
    expect(grid.top + grid.height).toBeLessThanOrEqual(correlationChartHeight(size, width));
  });
});
