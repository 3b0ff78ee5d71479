// The regional stage read against a freshly seeded throwaway database: the dollar figures it builds are
// the seeded yuan figures at the seeded rates, and the documents' dollar figures stand as given.
import { afterAll, describe, expect, it, vi } from "vitest";
import { closePostgresPools } from "@/lib/db/postgres";
import { db } from "@/lib/db/prisma";
import { statistics } from "@/seed/statistics";
import { getRegionalStageData } from "./regional-stages";

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase, testDatabaseUrl } = await import("@/seed/test-database");
  process.env.DATABASE_URL = testDatabaseUrl(".test-dbs/regional-stages.db");
  return { db: await createTestDatabase(".test-dbs/regional-stages.db", { seed: true }) };
});

afterAll(async () => {
  await db.$disconnect();
  await closePostgresPools(); // the query door's pool, on PostgreSQL
});

const seeded = (indicator: string, region: string, year: number) =>
  statistics.figures.find((f) => f.indicator === indicator && f.region === region && f.year === year)?.value;

describe("getRegionalStageData", () => {
  it("converts every seeded yuan figure that has a rate for its year, and only those", async () => {
    const { figures } = await getRegionalStageData();
    const rateYears = new Set(statistics.figures.filter((f) => f.indicator === "cny-per-usd").map((f) => f.year));
    const convertible = statistics.figures.filter((f) => f.indicator === "gdp-per-capita-cny" && rateYears.has(f.year));
    expect(convertible.length).toBeGreaterThan(0);
    for (const f of convertible) {
      const got = figures.find((d) => d.region.slug === f.region && d.year === f.year);
      if (got?.derivedFrom === null) continue; // a document's dollar figure for the same year wins
      const rate = seeded("cny-per-usd", "cn", f.year)!;
      expect(got, `${f.region} ${f.year}`).toBeDefined();
      expect(got!.derivedFrom).toMatchObject({ cny: f.value, cnyPerUsd: rate });
      expect(got!.gdpPerCapitaUsd).toBeCloseTo(f.value / rate, 6);
    }
  });

  it("keeps document 000's dollar figures for China as given", async () => {
    const { figures } = await getRegionalStageData();
    const china2025 = figures.find((f) => f.region.slug === "cn" && f.year === 2025)!;
    expect(china2025).toMatchObject({ gdpPerCapitaUsd: 13953, derivedFrom: null });
    expect(china2025.stage.key).toBe("transition-2-3");
    // 2018 is given only as "more than 9,000": where the yuan figure and the rate are seeded, the converted
    // figure stands, and it must agree with the bound.
    const china2018 = figures.find((f) => f.region.slug === "cn" && f.year === 2018)!;
    if (china2018.derivedFrom) expect(china2018.gdpPerCapitaUsd).toBeGreaterThan(9000);
    else expect(china2018).toMatchObject({ gdpPerCapitaUsd: 9000, qualifier: ">" });
  });

  it("reads one region's figures and China's rates as the read of every region gives them", async () => {
    const every = await getRegionalStageData();
    const jiangxi = await getRegionalStageData({ region: "jiangxi" });
    expect(jiangxi.figures.length).toBeGreaterThan(0);
    expect(jiangxi.figures).toEqual(every.figures.filter((f) => f.region.slug === "jiangxi"));
    expect(jiangxi.rates).toEqual(every.rates);
    expect(await getRegionalStageData({ region: "atlantis" })).toMatchObject({ figures: [], rates: every.rates });
  });
});
