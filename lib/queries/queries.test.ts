// The query functions against a freshly migrated and seeded throwaway database.
import { afterAll, describe, expect, it, vi } from "vitest";
import { closePostgresPools } from "@/lib/db/postgres";
import { db } from "@/lib/db/prisma";
import { listIndicatorYear, listObservations, listRegionFigures, listRegionSeries, readRegionFigures } from "./observations";
import { findRegions, getRegionProfile, listInnovationCentres, listRegions } from "./regions";
import { findZoneCases, getZoneCase, listZoneCases } from "./zones";
import { getIndicator, listIndicators } from "./indicators";
import { getSource } from "./sources";
import { statistics } from "@/seed/statistics";
import { sourceName } from "@/lib/domain/citation";
import { seededSourceName } from "@/seed/data/source-names";

vi.mock("@/lib/db/prisma", async () => {
  // The query door (lib/db/query.ts) opens DATABASE_URL: point it at the same throwaway database.
  const { createTestDatabase, testDatabaseUrl } = await import("@/seed/test-database");
  process.env.DATABASE_URL = testDatabaseUrl(".test-dbs/queries.db");
  return { db: await createTestDatabase(".test-dbs/queries.db", { seed: true }) };
});

afterAll(async () => {
  await db.$disconnect();
  await closePostgresPools(); // the query door's pool, on PostgreSQL
});

describe("regions", () => {
  it("lists every region with its latest GDP per capita", async () => {
    const regions = await listRegions();
    expect(regions.length).toBe(await db.region.count());
    const china = regions.find((r) => r.slug === "cn")!;
    expect(china.latestGdp).toEqual({ value: 13953, year: 2025, qualifier: null, derivedFrom: null });
    // A province's latest figure is its yuan figure of the latest year that also has a rate, converted.
    const rateYears = new Set(statistics.figures.filter((f) => f.indicator === "cny-per-usd").map((f) => f.year));
    const jiangxiYears = statistics.figures.filter((f) => f.indicator === "gdp-per-capita-cny" && f.region === "jiangxi" && rateYears.has(f.year)).map((f) => f.year);
    const jiangxi = regions.find((r) => r.slug === "jiangxi")!.latestGdp;
    expect(jiangxi?.year).toBe(Math.max(...jiangxiYears));
    expect(jiangxi?.derivedFrom?.cny).toBeGreaterThan(0);
    expect(regions.find((r) => r.slug === "zhangjiang-science-city")!.latestGdp).toBeNull();
    expect(regions.find((r) => r.slug === "jiangxi")!.adminCode).toBe("360000");
  });

  it("finds regions in the order asked for and leaves unknown slugs out", async () => {
    const found = await findRegions(["zhangjiang-science-city", "nowhere", "cn"]);
    expect(found.map((r) => r.slug)).toEqual(["zhangjiang-science-city", "cn"]);
  });

  it("finds regions from a list longer than the driver binds in one statement (a hostile ?r= on /regions/compare)", async () => {
    const slugs = [...Array.from({ length: 2500 }, (_, i) => `nowhere-${i}`), "cn", "cn", "jiangxi"];
    expect((await findRegions(slugs)).map((r) => r.slug)).toEqual(["cn", "cn", "jiangxi"]);
  });

  it("builds a profile with children, zone cases of child zones and policy notes", async () => {
    const suzhou = await getRegionProfile("suzhou");
    expect(suzhou!.children.map((c) => c.slug)).toContain("suzhou-industrial-park");
    expect(suzhou!.zoneCases.map((z) => z.slug)).toEqual(["suzhou-industrial-park"]);
    const jiangxi = await getRegionProfile("jiangxi");
    expect(jiangxi!.notes.map((n) => n.key)).toEqual(expect.arrayContaining(["plan-1269", "reform-plan-2025-2027"]));
    expect(jiangxi!.notes.find((n) => n.key === "reform-plan-2025-2027")!.period).toBe("2025—2027");
    expect(await getRegionProfile("atlantis")).toBeNull();
    // Names in both languages: the region's family, and each note's source as sourceName gives it.
    expect(suzhou!.parent).toEqual({ slug: "jiangsu", nameZh: "江苏", nameEn: "Jiangsu" });
    expect(suzhou!.children.find((c) => c.slug === "suzhou-industrial-park")!.nameEn).toBe("Suzhou Industrial Park");
    expect(suzhou!.zoneCases[0]!.nameEn).toBe("Suzhou Industrial Park");
    const note = jiangxi!.notes[0]!;
    expect(sourceName(note.source, "en")).toBe(seededSourceName(note.source.slug, "en"));
    expect(sourceName(note.source, "zh-CN")).toBe(seededSourceName(note.source.slug));
  });

  it("names the three international and three regional innovation centres", async () => {
    const centres = await listInnovationCentres();
    expect(centres.filter((c) => c.designation === "international-innovation-centre")).toHaveLength(3);
    expect(centres.filter((c) => c.designation === "regional-innovation-centre").map((c) => c.slug).sort()).toEqual(["chengdu-chongqing", "wuhan", "xian"]);
    for (const centre of centres) expect(sourceName(centre.source!, "en")).toBe(seededSourceName(centre.source!.slug, "en"));
  });
});

describe("observations", () => {
  it("filters by region, indicator and years", async () => {
    const gdp = await listObservations({ region: "cn", indicator: "gdp-per-capita-usd" });
    expect(gdp.map((o) => [o.year, o.value, o.qualifier])).toEqual([[2018, 9000, ">"], [2025, 13953, null]]);
    const recent = await listObservations({ indicator: "gdp-per-capita-usd", from: 2020 });
    expect(recent.map((o) => o.year)).toEqual([2025]);
    const ai = await listObservations({ regions: ["world"], indicator: "notable-ai-models-industry-share", to: 2023 });
    expect(ai.map((o) => o.value)).toEqual([60]);
    const oneYear = await listObservations({ region: "cn", indicator: "gdp-per-capita-usd", from: 2018, to: 2018 });
    expect(oneYear.map((o) => o.year)).toEqual([2018]);
  });

  it("ranks one indicator's year across regions and keeps every value for the distribution", async () => {
    const year = await listIndicatorYear("gdp-per-capita-usd", 2025, { limit: 5, highestFirst: true });
    expect(year.values).toEqual([13953]);
    expect(year.ranked.map((o) => [o.region.slug, o.value])).toEqual([["cn", 13953]]);
    expect((await listIndicatorYear("gdp-per-capita-usd", 1999, { limit: 5, highestFirst: true })).values).toEqual([]);
  });

  it("gives a region's latest figure per indicator, GDP first", async () => {
    const { headlines } = await listRegionFigures("cn");
    expect(headlines[0]!.indicator.code).toBe("gdp-per-capita-usd");
    expect(headlines[0]!.year).toBe(2025);
    expect(new Set(headlines.map((o) => o.indicator.code)).size).toBe(headlines.length);
    expect(headlines[0]!.region).toEqual({ slug: "cn", nameZh: "中国", nameEn: "China" });
    expect(headlines[0]!.indicator.nameEn).toMatch(/GDP per capita/i);
    for (const o of headlines) expect(sourceName(o.source, "en"), o.source.slug).toBe(seededSourceName(o.source.slug, "en"));
  });

  it("reads the region page's summary without its every figure, agreeing with the full read", async () => {
    for (const slug of ["cn", "jiangxi", "shenzhen", "zhangjiang-science-city"]) {
      const all = await listRegionFigures(slug);
      const summary = await readRegionFigures(slug);
      expect((await getRegionProfile(slug))?.observationCount, slug).toBe(all.observations.length);
      expect(summary.headlines, slug).toEqual(all.headlines);
      const years = new Map<string, Set<number>>();
      for (const o of all.observations) years.set(o.indicator.code, (years.get(o.indicator.code) ?? new Set()).add(o.year));
      const withSeries = [...years].filter(([, y]) => y.size > 1).map(([code]) => code);
      expect(summary.seriesIndicators.map((i) => i.code).sort(), slug).toEqual(withSeries.sort());
      for (const { code } of summary.seriesIndicators) {
        expect(await listRegionSeries(slug, code), `${slug} ${code}`).toEqual(all.observations.filter((o) => o.indicator.code === code));
      }
    }
    expect(await readRegionFigures("no-such-region")).toEqual({ headlines: [], seriesIndicators: [] });
    // China has series (GDP per capita over the years), so the test is not vacuous.
    expect((await readRegionFigures("cn")).seriesIndicators.map((i) => i.code)).toContain("gdp-per-capita-usd");
  });
});

describe("zone cases", () => {
  it("lists every case with its features and its region's figures as metrics", async () => {
    const zones = await listZoneCases();
    expect(zones.map((z) => z.slug)).toEqual(expect.arrayContaining([
      "suzhou-industrial-park", "chengdu-hi-tech-zone", "wuhan-east-lake", "shenzhen-hi-tech-zone",
      "zhangjiang-science-city", "guangming-science-city", "zhongguancun", "pingdingshan-hi-tech-zone",
    ]));
    const zhangjiang = zones.find((z) => z.slug === "zhangjiang-science-city")!;
    expect(zhangjiang.metrics.find((m) => m.code === "zone-firms")).toMatchObject({ value: 24000, valueText: "2.4萬", unit: "firms" });
    expect(zhangjiang.features.some((f) => f.key === "one-stop-ecosystem")).toBe(true);
    expect(zones.find((z) => z.slug === "pingdingshan-hi-tech-zone")!.features).toEqual([]);
    // English names: the features' labels, the case's region family and its sources.
    expect(zhangjiang.features.find((f) => f.key === "industry-chain")).toMatchObject({ labelZh: "产业链", labelEn: "Industry chain" });
    for (const zone of zones) for (const f of zone.features) expect(f.labelEn, `${zone.slug}/${f.key}`).toBeTruthy();
    expect(zhangjiang.region.parent?.nameEn).toBe("Shanghai");
    expect(sourceName(zhangjiang.source, "en")).toBe(seededSourceName(zhangjiang.source.slug, "en"));
    for (const m of zhangjiang.metrics) expect(sourceName(m.source, "en")).toBe(seededSourceName(m.source.slug, "en"));
  });

  it("finds one case, or several in the order asked for", async () => {
    expect((await getZoneCase("chengdu-hi-tech-zone"))!.features.some((f) => f.key === "jiebang-guashuai")).toBe(true);
    expect(await getZoneCase("nowhere")).toBeNull();
    expect((await findZoneCases(["wuhan-east-lake", "x", "suzhou-industrial-park"])).map((z) => z.slug)).toEqual(["wuhan-east-lake", "suzhou-industrial-park"]);
  });

  it("finds cases from a list longer than either database binds in one statement (a hostile ?z= on /zones/compare)", async () => {
    // Past PostgreSQL's 65,535 bound values and SQLite's 32,766.
    const slugs = [...Array.from({ length: 70_000 }, (_, i) => `nowhere-${i}`), "wuhan-east-lake", "zhongguancun", "wuhan-east-lake"];
    expect((await findZoneCases(slugs)).map((z) => z.slug)).toEqual(["wuhan-east-lake", "zhongguancun", "wuhan-east-lake"]);
  });
});

describe("indicators", () => {
  it("counts each indicator's observations, regions and years", async () => {
    const indicators = await listIndicators();
    expect(indicators.length).toBe(await db.indicator.count());
    const ai = indicators.find((i) => i.code === "notable-ai-models-industry-share")!;
    expect(ai).toMatchObject({ observationCount: 2, regionCount: 1, firstYear: 2023, lastYear: 2024 });
  });

  it("returns one indicator with the years it has figures for, or null", async () => {
    const gdp = await getIndicator("gdp-per-capita-usd");
    expect(gdp).toMatchObject({ unit: "usd-per-capita", higherIsBetter: true, years: [2018, 2025] });
    expect(await getIndicator("nope")).toBeNull();
  });
});

describe("sources", () => {
  it("finds a document by slug or by file name", async () => {
    expect((await getSource("doc-003"))!.language).toBe("zh-Hant");
    expect((await getSource("003_c070762ee05082b1.txt"))!.slug).toBe("doc-003");
    expect(await getSource("999_0000000000000000.txt")).toBeNull();
    // A NUL (the hostile /sources/a%00b) finds nothing on both databases, where PostgreSQL would throw.
    expect(await getSource("doc-003\u0000")).toBeNull();
    expect(await getSource("a\u0000b.txt")).toBeNull();
  });

  it("names every seeded source in English too", async () => {
    const source = (await getSource("doc-003"))!;
    expect(source.shortTitleEn).toBe(seededSourceName("doc-003", "en"));
    expect(sourceName(source, "en")).toBe(seededSourceName("doc-003", "en"));
    expect(sourceName(source, "zh-CN")).toBe(seededSourceName("doc-003"));
  });
});
