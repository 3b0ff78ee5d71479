import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dollarFigures, rankedForYear, regionTimeline, yearsWithFigures, type Figure, type RegionRef } from "./regional-stages";
import { gcr2014 } from "./stage-scheme";

const region = (slug: string, level = "province"): RegionRef => ({ slug, nameZh: slug, nameEn: slug, adminCode: null, level });
const cn = region("cn", "nation");
const a = region("a");
const b = region("b");
const fig = (r: RegionRef, year: number, value: number, qualifier: string | null = null): Figure => ({ region: r, year, value, qualifier, sourceTitle: "table", sourceSlug: "t" });
const rates = [{ year: 2001, cnyPerUsd: 8, sourceTitle: "rates", sourceSlug: "r" }, { year: 2007, cnyPerUsd: 7.5, sourceTitle: "rates", sourceSlug: "r" }];

describe("dollarFigures", () => {
  it("converts yuan at that year's rate and says so", () => {
    const [f] = dollarFigures(gcr2014, [], [fig(a, 2001, 24_000)], rates);
    expect(f).toMatchObject({ year: 2001, gdpPerCapitaUsd: 3000, derivedFrom: { cny: 24_000, cnyPerUsd: 8, rateSource: "rates" } });
    expect(f!.stage.key).toBe("efficiency-driven");
  });

  it("leaves out a year without a rate, and keeps a dollar figure as given", () => {
    const out = dollarFigures(gcr2014, [fig(cn, 2025, 13_953), fig(cn, 2001, 1000)], [fig(a, 2010, 30_000), fig(cn, 2001, 8_000)], rates);
    expect(out.map((f) => `${f.region.slug}/${f.year}`)).toEqual(["cn/2001", "cn/2025"]);
    expect(out[0]).toMatchObject({ gdpPerCapitaUsd: 1000, derivedFrom: null });
    expect(out[1]!.stage.key).toBe("transition-2-3");
  });

  it("prefers an exact converted figure to a dollar figure that is only a bound", () => {
    const [f] = dollarFigures(gcr2014, [fig(cn, 2001, 1000, ">")], [fig(cn, 2001, 16_000)], rates);
    expect(f).toMatchObject({ gdpPerCapitaUsd: 2000, qualifier: null });
    expect(dollarFigures(gcr2014, [fig(cn, 2001, 1000, ">")], [], rates)[0]).toMatchObject({ gdpPerCapitaUsd: 1000, qualifier: ">" });
  });

  it("places every figure in the band its dollar value falls in", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.5, max: 20, noNaN: true }), (cny, rate) => {
        const [f] = dollarFigures(gcr2014, [], [fig(a, 2001, cny)], [{ year: 2001, cnyPerUsd: rate, sourceTitle: "r", sourceSlug: "r" }]);
        const usd = cny / rate;
        const band = f!.stage;
        expect(f!.gdpPerCapitaUsd).toBeCloseTo(usd, 6);
        if (band.minUsd !== null) expect(usd).toBeGreaterThanOrEqual(band.minUsd);
        if (band.maxUsd !== null) expect(band.maxInclusive ? usd <= band.maxUsd : usd < band.maxUsd).toBe(true);
      }),
    );
  });
});

describe("years and ranking", () => {
  const out = dollarFigures(gcr2014, [], [fig(a, 2001, 16_000), fig(b, 2001, 40_000), fig(b, 2007, 90_000), fig(cn, 2007, 20_000)], rates);
  it("lists years newest first, by level", () => {
    expect(yearsWithFigures(out)).toEqual([2007, 2001]);
    expect(yearsWithFigures(out, "nation")).toEqual([2007]);
  });
  it("ranks one year's regions from the highest figure", () => {
    expect(rankedForYear(out, 2001).map((f) => f.region.slug)).toEqual(["b", "a"]);
    expect(rankedForYear(out, 2007, "province").map((f) => f.region.slug)).toEqual(["b"]);
  });
});

describe("regionTimeline", () => {
  const usdRates = [2000, 2001, 2002, 2005, 2010].map((year) => ({ year, cnyPerUsd: 1, sourceTitle: "r", sourceSlug: "r" }));
  const series = dollarFigures(gcr2014, [], [fig(a, 2000, 1500), fig(a, 2001, 2500), fig(a, 2005, 9500), fig(a, 2010, 16_000)], usdRates);

  it("finds the first year in each band and the year with data before it", () => {
    const t = regionTimeline(gcr2014, series, 5)!;
    expect(t.crossings.map((c) => [c.thresholdUsd, c.year, c.previousYear])).toEqual([
      [2000, 2001, 2000],
      [3000, 2005, 2001],
      [9000, 2005, 2001],
    ]);
  });

  it("projects the year the latest figure reaches the next band", () => {
    const t = regionTimeline(gcr2014, series, 5)!;
    // 16,000 × 1.05² = 17,640 > 17,000 in 2012; 16,000 × 1.05 = 16,800 is not yet.
    expect(t.next).toMatchObject({ thresholdUsd: 17_000, year: 2012 });
    expect(t.next!.stage.key).toBe("innovation-driven");
    expect(regionTimeline(gcr2014, series, 0)!.next!.year).toBeNull();
  });

  it("counts a band reached from the first year as no crossing in the data", () => {
    const t = regionTimeline(gcr2014, dollarFigures(gcr2014, [], [fig(a, 2002, 20_000)], usdRates), 5)!;
    expect(t.crossings.every((c) => c.year === 2002 && c.previousYear === null)).toBe(true);
    expect(t.next).toBeNull();
  });

  it("has nothing to say without figures", () => {
    expect(regionTimeline(gcr2014, [], 5)).toBeNull();
  });
});
