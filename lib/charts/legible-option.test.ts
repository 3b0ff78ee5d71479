import type { EChartsOption } from "echarts";
import { describe, expect, it } from "vitest";
import { legibleOption, withMinFontSize, withRoundValueAxes } from "./legible-option";

describe("legible options", () => {
  it("raises every font under 11 px, deep in series data too, without touching the original", () => {
    const formatter = () => "x";
    const option = { textStyle: { fontSize: 9 }, series: [{ data: [{ value: 1, label: { fontSize: 10, formatter } }] }], legend: { textStyle: { fontSize: 13 } } };
    const legible = withMinFontSize(option);
    expect(legible).toEqual({ textStyle: { fontSize: 11 }, series: [{ data: [{ value: 1, label: { fontSize: 11, formatter } }] }], legend: { textStyle: { fontSize: 13 } } });
    expect(option.textStyle.fontSize).toBe(9);
  });

  it("rounds an open value axis from the values its series draw", () => {
    const option: EChartsOption = {
      xAxis: { type: "category", data: ["2018", "2025"] },
      yAxis: { type: "value", name: "美元/人" },
      series: [
        { type: "line", data: [7200, { value: 13953 }] },
        { type: "line", data: [null, 18500] },
      ],
    };
    expect(withRoundValueAxes(option).yAxis).toEqual({ type: "value", name: "美元/人", min: 0, max: 20000, interval: 5000 });
    expect(option.yAxis).not.toHaveProperty("interval");
  });

  it("rounds the value axis of horizontal bars, and leaves axes a builder set, log axes and hidden axes", () => {
    const bars: EChartsOption = { xAxis: { type: "value" }, yAxis: { type: "category" }, series: [{ type: "bar", data: [3, 47] }] };
    expect(withRoundValueAxes(bars).xAxis).toMatchObject({ min: 0, max: 50, interval: 10, axisLabel: { hideOverlap: true } });
    expect(withRoundValueAxes({ ...bars, xAxis: { type: "value", max: 60 } }).xAxis).toEqual({ type: "value", max: 60, axisLabel: { hideOverlap: true } });
    for (const xAxis of [{ type: "log" as const }, { type: "category" as const }]) {
      expect(withRoundValueAxes({ ...bars, xAxis }).xAxis).toEqual(xAxis);
    }
    expect(withRoundValueAxes({ ...bars, xAxis: { type: "value", show: false } }).xAxis).not.toHaveProperty("interval");
  });

  it("rounds an axis that only pins its start at zero, unless values fall below it", () => {
    const option: EChartsOption = { xAxis: { type: "category" }, yAxis: { type: "value", min: 0 }, series: [{ type: "bar", data: [13953, 9000] }] };
    expect(withRoundValueAxes(option).yAxis).toEqual({ type: "value", min: 0, max: 15000, interval: 5000 });
    const below: EChartsOption = { ...option, series: [{ type: "bar", data: [-5, 9000] }] };
    expect(withRoundValueAxes(below).yAxis).toEqual({ type: "value", min: 0 });
  });

  it("leaves stacked series to ECharts", () => {
    const option: EChartsOption = { xAxis: { type: "category" }, yAxis: { type: "value" }, series: [{ type: "bar", stack: "a", data: [1, 2] }] };
    expect(withRoundValueAxes(option)).toBe(option);
    expect(legibleOption(option)).toEqual(option);
  });
});
