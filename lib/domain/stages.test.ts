import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gcr2014 } from "./stage-scheme";
import { classifyGdp, nextThreshold, subindexWeights } from "./stages";

const gdp = fc.double({ min: 1, max: 200_000, noNaN: true });

describe("classifyGdp (GCR 2014-2015)", () => {
  it.each([
    [1, "factor-driven"],
    [1999.99, "factor-driven"],
    [2000, "transition-1-2"],
    [2999.99, "transition-1-2"],
    [3000, "efficiency-driven"],
    [8999.99, "efficiency-driven"],
    [9000, "transition-2-3"],
    [13953, "transition-2-3"],
    [17000, "transition-2-3"],
    [17000.01, "innovation-driven"],
    [85_000, "innovation-driven"],
  ])("%d USD → %s", (value, key) => {
    expect(classifyGdp(gcr2014, value).key).toBe(key);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d", (value) => {
    expect(() => classifyGdp(gcr2014, value)).toThrow(RangeError);
  });

  it("never moves to a lower stage as GDP per capita rises", () => {
    fc.assert(
      fc.property(gdp, gdp, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return classifyGdp(gcr2014, low).order <= classifyGdp(gcr2014, high).order;
      }),
    );
  });

  it("puts every figure inside its band's bounds", () => {
    fc.assert(
      fc.property(gdp, (value) => {
        const band = classifyGdp(gcr2014, value);
        const aboveMin = band.minUsd === null || value >= band.minUsd;
        const belowMax = band.maxUsd === null || value <= band.maxUsd;
        return aboveMin && belowMax;
      }),
    );
  });
});

describe("nextThreshold", () => {
  it("gives China's 2025 gap to the innovation-driven stage", () => {
    const next = nextThreshold(gcr2014, 13953);
    expect(next?.band.key).toBe("innovation-driven");
    expect(next?.thresholdUsd).toBe(17000);
    expect(next?.gapUsd).toBe(3047);
  });

  it("is null in the last stage", () => {
    expect(nextThreshold(gcr2014, 20000)).toBeNull();
  });

  it("always points one stage up, with a gap no larger than the distance to the threshold", () => {
    fc.assert(
      fc.property(gdp, (value) => {
        const next = nextThreshold(gcr2014, value);
        if (!next) return classifyGdp(gcr2014, value).key === "innovation-driven";
        return (
          next.band.order === classifyGdp(gcr2014, value).order + 1 &&
          next.gapUsd >= 0 &&
          Math.abs(value + next.gapUsd - next.thresholdUsd) < 1e-6
        );
      }),
    );
  });
});

describe("subindexWeights", () => {
  it.each([
    [1500, { basic: 60, efficiency: 35, innovation: 5 }],
    [5000, { basic: 40, efficiency: 50, innovation: 10 }],
    [40000, { basic: 20, efficiency: 50, innovation: 30 }],
    [2500, { basic: 50, efficiency: 42.5, innovation: 7.5 }],
    [13000, { basic: 30, efficiency: 50, innovation: 20 }],
  ])("at %d USD", (value, expected) => {
    const weights = subindexWeights(gcr2014, value);
    expect(weights.basic).toBeCloseTo(expected.basic, 9);
    expect(weights.efficiency).toBeCloseTo(expected.efficiency, 9);
    expect(weights.innovation).toBeCloseTo(expected.innovation, 9);
  });

  it("always sums to 100 and gives innovation more weight as GDP rises", () => {
    fc.assert(
      fc.property(gdp, gdp, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const wl = subindexWeights(gcr2014, low);
        const wh = subindexWeights(gcr2014, high);
        const sum = wl.basic + wl.efficiency + wl.innovation;
        return Math.abs(sum - 100) < 1e-9 && wl.innovation <= wh.innovation + 1e-9 && wl.basic >= wh.basic - 1e-9;
      }),
    );
  });

  it("meets the neighbouring stage's weights at the edges of a transition band", () => {
    expect(subindexWeights(gcr2014, 2000)).toEqual({ basic: 60, efficiency: 35, innovation: 5 });
    expect(subindexWeights(gcr2014, 17000)).toEqual({ basic: 20, efficiency: 50, innovation: 30 });
  });
});
