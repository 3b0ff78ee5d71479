import { describe, expect, it } from "vitest";
import { dollarFigures, type Figure, type RegionRef } from "./regional-stages";
import { gcr2014 } from "./stage-scheme";
import { buildStagesView, latestProvinceStages } from "./stages-view";
import { provinceTiles } from "./province-tiles";

const region = (slug: string, adminCode: string | null, level = "province"): RegionRef => ({ slug, nameZh: slug, nameEn: slug, adminCode, level });
const beijing = region("beijing", "110000");
const jiangxi = region("jiangxi", "360000");
const cn = region("cn", null, "nation");
const fig = (r: RegionRef, year: number, value: number): Figure => ({ region: r, year, value, qualifier: null, sourceTitle: "t", sourceSlug: "t" });
const rates = [2001, 2007].map((year) => ({ year, cnyPerUsd: 1, sourceTitle: "r", sourceSlug: "r" }));
const figures = dollarFigures(gcr2014, [], [fig(beijing, 2001, 25_000), fig(beijing, 2007, 56_000), fig(jiangxi, 2001, 5000), fig(cn, 2007, 20_000)], rates);
const slugs = new Map([["110000", "beijing"], ["360000", "jiangxi"]]);

describe("buildStagesView", () => {
  it("shows the latest year with province figures unless another is asked for", () => {
    const view = buildStagesView(gcr2014, figures, undefined, 5, slugs);
    expect(view.years).toEqual([2007, 2001]);
    expect(view.year).toBe(2007);
    expect(view.national?.gdpPerCapitaUsd).toBe(20_000);
    expect(buildStagesView(gcr2014, figures, 2001, 5, slugs).ranked.map((f) => f.region.slug)).toEqual(["beijing", "jiangxi"]);
  });

  it("falls back to the latest year and says which year was asked for", () => {
    const view = buildStagesView(gcr2014, figures, 1999, 5, slugs);
    expect(view).toMatchObject({ year: 2007, yearNotice: 1999 });
  });

  it("puts every province on a tile, those without a figure that year with the years they have", () => {
    const view = buildStagesView(gcr2014, figures, 2007, 5, slugs);
    expect(view.tiles).toHaveLength(provinceTiles.length);
    expect(view.tiles.find((t) => t.code === "110000")).toMatchObject({ status: "value" });
    expect(view.tiles.find((t) => t.code === "360000")).toMatchObject({ status: "no-data", slug: "jiangxi", otherYears: [2001] });
    expect(view.tiles.find((t) => t.code === "440000")).toMatchObject({ status: "no-data", slug: null, otherYears: [] });
  });

  it("counts provinces per band and lists timelines with the nation first", () => {
    const view = buildStagesView(gcr2014, figures, 2001, 5, slugs);
    expect(view.bandCounts.map((b) => b.count)).toEqual([0, 0, 1, 0, 1]);
    expect(view.timelines.map((t) => t.region.slug)).toEqual(["cn", "beijing", "jiangxi"]);
  });

  it("has nothing to show without figures", () => {
    const view = buildStagesView(gcr2014, [], undefined, 5, slugs);
    expect(view).toMatchObject({ year: null, ranked: [], national: null, timelines: [] });
    expect(view.tiles.every((t) => t.status === "no-data")).toBe(true);
  });
});

describe("latestProvinceStages", () => {
  it("groups the latest year's provinces by band, highest band first", () => {
    const latest = latestProvinceStages(gcr2014, figures)!;
    expect(latest.year).toBe(2007);
    expect(latest.groups[0]!.band.key).toBe("innovation-driven");
    expect(latest.groups[0]!.regions.map((f) => f.region.slug)).toEqual(["beijing"]);
    expect(latest.groups.reduce((n, g) => n + g.regions.length, 0)).toBe(1);
  });
  it("is null without figures", () => {
    expect(latestProvinceStages(gcr2014, [])).toBeNull();
  });
});
