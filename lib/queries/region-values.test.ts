// The province-value reads against a throwaway seeded database with a made-up test indicator added (the
// values are fixtures for the reads, not figures: they live only in .test-dbs/).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { listLatestYears, listProvinceIndicators, listProvinceYearValues, listProvinceYears, listStandingFigures } from "./region-values";

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase, testDatabaseUrl } = await import("@/seed/test-database");
  process.env.DATABASE_URL = testDatabaseUrl(".test-dbs/region-values.db");
  return { db: await createTestDatabase(".test-dbs/region-values.db", { seed: true }) };
});

const fixtures: [region: string, year: number, value: number][] = [
  ["jiangxi", 2022, 10], ["jiangxi", 2023, 12], ["hubei", 2023, 15], ["shanghai", 2023, 30], ["hubei", 2021, 9], ["cn", 2023, 14],
];

beforeAll(async () => {
  const indicator = await db.indicator.create({
    data: { code: "test-index", nameZh: "测试指数", nameEn: "Test index", unit: "percent", category: "economy", definitionZh: "测试用。", higherIsBetter: true },
  });
  const source = await db.source.create({
    data: { kind: "import", slug: "test-fixture", titleZh: "测试数据", titleEn: "Test fixture", authors: "", organisation: "", published: "2024", language: "zh-Hans", summaryZh: "测试用。" },
  });
  for (const [slug, year, value] of fixtures) {
    const region = await db.region.findUniqueOrThrow({ where: { slug } });
    await db.observation.create({
      data: { indicatorId: indicator.id, regionId: region.id, sourceId: source.id, year, value, valueText: String(value), locator: "test", noteZh: "测试" },
    });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe("province values", () => {
  it("lists indicators with province figures, counting provinces per year", async () => {
    const test = (await listProvinceIndicators()).find((i) => i.code === "test-index")!;
    expect(test).toMatchObject({ nameZh: "测试指数", nameEn: "Test index", unit: "percent", higherIsBetter: true, figureCount: 5 });
    expect(test.years).toEqual([{ year: 2021, provinces: 1 }, { year: 2022, provinces: 1 }, { year: 2023, provinces: 3 }]);
  });

  it("reads a year's province figures apart from the national one, with sources", async () => {
    const { provinces, national } = await listProvinceYearValues("test-index", 2023);
    expect(provinces.map((f) => [f.region.slug, f.region.adminCode, f.value])).toEqual([["jiangxi", "360000", 12], ["hubei", "420000", 15], ["shanghai", "310000", 30]]);
    expect(national.map((f) => f.value)).toEqual([14]);
    expect(provinces[0]!.source).toEqual({ slug: "test-fixture", titleZh: "测试数据", shortTitleZh: null, titleEn: "Test fixture", shortTitleEn: null });
    expect(provinces[0]!.region.nameEn).toBe("Jiangxi");
    expect(await listProvinceYearValues("no-such-indicator", 2023)).toEqual({ provinces: [], national: [] });
  });

  it("lists each province's years and a region's latest year per indicator", async () => {
    const years = await listProvinceYears("test-index");
    expect(years.find((p) => p.slug === "hubei")).toEqual({ slug: "hubei", nameZh: "湖北", nameEn: "Hubei", adminCode: "420000", years: [2021, 2023] });
    expect(years.some((p) => p.slug === "cn")).toBe(false);
    expect((await listLatestYears("jiangxi")).get("test-index")).toBe(2023);
  });

  it("gathers what a province's standing is worked out from, and the provinces to point to without a figure", async () => {
    const jiangxi = (await listStandingFigures("jiangxi")).find((s) => s.indicator.code === "test-index")!;
    expect(jiangxi.year).toBe(2023);
    expect(jiangxi.provinces).toHaveLength(3);
    expect(jiangxi.national.map((f) => f.value)).toEqual([14]);
    const henan = (await listStandingFigures("henan")).find((s) => s.indicator.code === "test-index")!;
    expect(henan).toMatchObject({ year: null, provinces: [] });
    expect(henan.provincesWithFigures.map((p) => p.slug)).toEqual(expect.arrayContaining(["jiangxi", "hubei", "shanghai"]));
  });
});
