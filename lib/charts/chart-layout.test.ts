import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { categoryLabelInterval, legendRows, niceAxis, niceStep, textWidth } from "./chart-layout";

describe("niceAxis", () => {
  it.each([
    [13953, 17222, 5, { min: 13000, max: 18000, interval: 1000 }],
    [11804, 18003, 5, { min: 10000, max: 20000, interval: 2000 }],
    [-4, 3, 6, { min: -4, max: 4, interval: 2 }],
    [0, 0.3, 3, { min: 0, max: 0.3, interval: 0.1 }],
  ])("%d—%d in at most %d ticks → %o", (low, high, ticks, axis) => {
    expect(niceAxis(low, high, ticks)).toEqual(axis);
  });

  it("covers the range with ticks on round numbers", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => v === 0 || Math.abs(v) > 1e-6), fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 10 }), (low, span, ticks) => {
        const { min, max, interval } = niceAxis(low, low + span, ticks);
        const mantissa = interval / 10 ** Math.floor(Math.log10(interval));
        return min <= low && max >= low + span && [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9) && (max - min) / interval <= ticks * 2 + 2;
      }),
    );
  });
});

describe("niceStep", () => {
  it("rounds up to 1, 2 or 5 of a power of ten", () => {
    expect([niceStep(7, 5), niceStep(30, 5), niceStep(0.7, 2)]).toEqual([2, 10, 0.5]);
  });
});

describe("legendRows", () => {
  const style = { fontSize: 11, itemWidth: 22, itemGap: 10 };
  it("keeps short names on one row and wraps long ones", () => {
    expect(legendRows(["低情景", "高情景"], 360, style)).toBe(1);
    expect(legendRows(["低情景（2034年）", "基准情景（2030年）", "高情景（2029年）", "“创新驱动”门槛 17,000美元"], 360, style)).toBeGreaterThan(1);
  });
});

describe("textWidth and categoryLabelInterval", () => {
  it("skips enough labels that neighbours never touch", () => {
    const label = textWidth("2030", 11);
    expect(categoryLabelInterval(6, 300, label)).toBe(0);
    const skip = categoryLabelInterval(40, 300, label);
    expect(((skip + 1) * 300) / 39).toBeGreaterThanOrEqual(label + 8);
  });
});
