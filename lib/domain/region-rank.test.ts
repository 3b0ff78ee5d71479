import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapToNational, onePer, preferFigure, rankByValue, standingOf } from "./region-rank";

const peers = (values: Record<string, number>) => Object.entries(values).map(([region, value]) => ({ region, value }));

describe("rankByValue", () => {
  it("ranks the highest first when higher is better, the lowest first when lower is better", () => {
    const items = peers({ a: 2, b: 3, c: 1 });
    expect(rankByValue(items, (i) => i.value, true).map((r) => [r.item.region, r.rank])).toEqual([["b", 1], ["a", 2], ["c", 3]]);
    expect(rankByValue(items, (i) => i.value, false).map((r) => [r.item.region, r.rank])).toEqual([["c", 1], ["a", 2], ["b", 3]]);
  });

  it("ranks by size, largest first, when the indicator states no direction", () => {
    expect(rankByValue(peers({ a: 1, b: 5 }), (i) => i.value, null).map((r) => r.item.region)).toEqual(["b", "a"]);
  });

  it("gives ties the same rank and skips the next (1224)", () => {
    const ranked = rankByValue(peers({ a: 9, b: 7, c: 7, d: 5 }), (i) => i.value, true);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it("never ranks a region below a region with a worse value (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 }), fc.boolean(), (values, higherIsBetter) => {
        const ranked = rankByValue(values.map((value, i) => ({ region: String(i), value })), (i) => i.value, higherIsBetter);
        for (const a of ranked) {
          for (const b of ranked) {
            const better = higherIsBetter ? a.item.value > b.item.value : a.item.value < b.item.value;
            if (better) expect(a.rank).toBeLessThan(b.rank);
            if (a.item.value === b.item.value) expect(a.rank).toBe(b.rank);
          }
        }
        expect(ranked[0]!.rank).toBe(1);
      }),
    );
  });
});

describe("gapToNational", () => {
  it("gives the difference and its share of the national figure", () => {
    expect(gapToNational(120, 100)).toEqual({ status: "compared", national: 100, difference: 20, percent: 20 });
    expect(gapToNational(80, 100)).toEqual({ status: "compared", national: 100, difference: -20, percent: -20 });
  });

  it("says so when there is no national figure, and gives no share of a national zero", () => {
    expect(gapToNational(3, null)).toEqual({ status: "no-national" });
    expect(gapToNational(3, 0)).toMatchObject({ difference: 3, percent: null });
  });
});

describe("standingOf", () => {
  it("ranks the region among the provinces of the year and compares it with the national figure", () => {
    const standing = standingOf({ region: "b", figures: peers({ a: 3.1, b: 2.2, c: 1.4 }), national: 2.68, higherIsBetter: true });
    expect(standing).toMatchObject({ status: "ranked", value: 2.2, rank: 2, of: 3, tiedWith: 0, gap: { status: "compared", national: 2.68 } });
  });

  it("counts the regions it ties with", () => {
    expect(standingOf({ region: "b", figures: peers({ a: 5, b: 5, c: 5 }), national: null, higherIsBetter: true })).toMatchObject({ rank: 1, of: 3, tiedWith: 2 });
  });

  it("ranks a single province first of one", () => {
    expect(standingOf({ region: "a", figures: peers({ a: 7 }), national: 7, higherIsBetter: true })).toMatchObject({ rank: 1, of: 1, gap: { difference: 0, percent: 0 } });
  });

  it("answers no-figure when the region has none that year, and no-national without a national figure", () => {
    expect(standingOf({ region: "z", figures: peers({ a: 1 }), national: 1, higherIsBetter: true })).toEqual({ status: "no-figure" });
    expect(standingOf({ region: "a", figures: peers({ a: 1 }), national: null, higherIsBetter: false })).toMatchObject({ gap: { status: "no-national" } });
  });

  it("puts the lowest first when lower is better", () => {
    expect(standingOf({ region: "c", figures: peers({ a: 3, b: 2, c: 1 }), national: 2, higherIsBetter: false })).toMatchObject({ rank: 1 });
  });
});

describe("one figure per region and year", () => {
  it("prefers an exact figure to a qualified one, otherwise the later one", () => {
    type Figure = { value: number; qualifier: string | null };
    const about: Figure = { value: 10, qualifier: "≈" };
    const exact: Figure = { value: 11, qualifier: null };
    const later: Figure = { value: 12, qualifier: null };
    expect(preferFigure(undefined, about)).toBe(about);
    expect(preferFigure(about, exact)).toBe(exact);
    expect(preferFigure(exact, about)).toBe(exact);
    expect(preferFigure(exact, later)).toBe(later);
    expect(onePer([{ ...exact, region: "a" }, { ...about, region: "a" }, { ...later, region: "b" }], (f) => f.region).map((f) => f.value)).toEqual([11, 12]);
  });
});
