import { describe, expect, it } from "vitest";
import { roundStep, roundValueTicks, unitValueAxis } from "./theme";

/** Every tick from min to max. */
const ticks = ({ min, max, interval }: { min: number; max: number; interval: number }) =>
  Array.from({ length: Math.round((max - min) / interval) + 1 }, (_, i) => Number((min + i * interval).toPrecision(12)));

const isRound = (step: number) => [1, 2, 5].includes(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6)));

describe("round value axes", () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.3, 2],
    [2.4, 5],
    [7, 10],
    [2325, 5000],
    [0.03, 0.05],
  ])("roundStep(%d) = %d", (step, expected) => {
    expect(roundStep(step)).toBe(expected);
  });

  it("gives 0, 5,000 … 20,000 rather than 7,000, 8,000, 10,000 … 19,000", () => {
    const axis = roundValueTicks([7200, 9000, 13953, 18500]);
    expect(ticks(axis)).toEqual([0, 5000, 10000, 15000, 20000]);
  });

  it("reaches past negative values by whole steps", () => {
    expect(roundValueTicks([-3, 12])).toEqual({ min: -5, max: 15, interval: 5 });
  });

  it("steps by 1, 2 or 5 × 10ⁿ, covers the data in at most six intervals, for many ranges", () => {
    for (const high of [0.4, 3, 9, 11, 47, 99, 101, 380, 1234, 13953, 56789, 2_000_001]) {
      for (const low of [0, -high / 3]) {
        const axis = roundValueTicks([low, high]);
        expect(isRound(axis.interval), `${low}..${high}: ${axis.interval}`).toBe(true);
        expect(axis.min).toBeLessThanOrEqual(low);
        expect(axis.max).toBeGreaterThanOrEqual(high);
        expect(ticks(axis).length - 1).toBeLessThanOrEqual(6);
        expect(axis.max - axis.interval).toBeLessThan(high);
      }
    }
  });

  it("draws an axis for no data or only zeros", () => {
    expect(roundValueTicks([])).toEqual({ min: 0, max: 1, interval: 1 });
    expect(roundValueTicks([0, Number.NaN])).toEqual({ min: 0, max: 1, interval: 1 });
  });

  it("unitValueAxis sets the round ticks when given its values, and never a label under 11 px", () => {
    expect(unitValueAxis("美元/人", 11, [13953])).toMatchObject({ min: 0, max: 15000, interval: 5000, axisLabel: { fontSize: 11 } });
    expect(unitValueAxis("美元/人", 13)).not.toHaveProperty("interval");
  });
});
