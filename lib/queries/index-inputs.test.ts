// The index's inputs and the default index, read from a freshly seeded store: 31 provinces computed, the
// national reference per province for totals, and saved specs kept apart from the built-in one.
import { afterAll, describe, expect, it, vi } from "vitest";
import { toIndexDto } from "@/lib/api/composite-index";
import { computeWithUncertainty } from "@/lib/index/uncertainty-settings";
import { db } from "@/lib/db/prisma";
import { indexSpecSchema } from "@/lib/index/spec";
import { seededSourceName } from "@/seed/data/source-names";
import { statistics } from "@/seed/statistics";
import { defaultIndexYear, getIndexInputs, listIndexYears, specIndicatorKeys } from "./index-inputs";
import { builtinIndexSpecs, deleteIndexSpec, getIndexSpec, listIndexSpecs, saveIndexSpec } from "./index-specs";
import { getRegionIndexView } from "./region-index";

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase, testDatabaseUrl } = await import("@/seed/test-database");
  process.env.DATABASE_URL = testDatabaseUrl(".test-dbs/index-inputs.db");
  return { db: await createTestDatabase(".test-dbs/index-inputs.db", { seed: true }) };
});

afterAll(async () => {
  await db.$disconnect();
});

const spec = builtinIndexSpecs.get("default")!;
const seeded = (indicator: string, region: string, year: number) =>
  statistics.figures.find((f) => f.indicator === indicator && f.region === region && f.year === year)?.value ?? null;

describe("index inputs", () => {
  it("defaults to the newest year in which every indicator of the spec has province figures", async () => {
    const keys = specIndicatorKeys(spec);
    const yearsWithAll = [...new Set(statistics.figures.map((f) => f.year))].filter((year) =>
      keys.every((k) => statistics.figures.some((f) => f.indicator === k && f.year === year && f.region !== "cn")),
    );
    expect(await defaultIndexYear(spec)).toBe(Math.max(...yearsWithAll));
    expect((await listIndexYears(spec))[0]!.indicators).toBe(keys.length);
  });

  it("lines up every province with the spec's indicators, the year before and the national reference", async () => {
    const inputs = await getIndexInputs(spec, 2023);
    const { data } = inputs;
    expect(data.indicators).toEqual(specIndicatorKeys(spec));
    expect(data.regions).toContain("jiangxi");
    const r = data.regions.indexOf("guangdong");
    const c = data.indicators.indexOf("invention-patents-granted");
    expect(data.values[r]![c]).toBe(seeded("invention-patents-granted", "guangdong", 2023));
    expect(data.previous![r]![c]).toBe(seeded("invention-patents-granted", "guangdong", 2022));
    // A total compares with the national figure per province; a rate with the national rate itself.
    const patents = inputs.indicators[c]!;
    expect(patents.reference).toBe("national-per-province");
    expect(data.reference![c]).toBeCloseTo(seeded("invention-patents-granted", "cn", 2023)! / patents.provinces, 6);
    const intensity = data.indicators.indexOf("rnd-intensity");
    expect(inputs.indicators[intensity]!.reference).toBe("national");
    expect(data.reference![intensity]).toBe(seeded("rnd-intensity", "cn", 2023));
    expect(patents.provinces).toBe(31);
    expect(patents.sources.length).toBeGreaterThan(0);
    // Named as sourceName names them, in both languages.
    expect(patents.nameEn).toMatch(/patent/i);
    for (const source of patents.sources) {
      expect(source.name).toBe(seededSourceName(source.slug));
      expect(source.nameEn).toBe(seededSourceName(source.slug, "en"));
    }
  });

  it("computes the default index for the 31 provinces and leaves the rest out with the reason", async () => {
    const inputs = await getIndexInputs(spec, 2023);
    const dto = toIndexDto(spec, inputs, computeWithUncertainty(spec, inputs.data));
    expect(dto.status).toBe("computed");
    expect(dto.regions).toHaveLength(31);
    expect(new Set(dto.excluded.map((e) => e.reason))).toEqual(new Set(["coverage"]));
    expect(dto.regions.length + dto.excluded.length).toBe(inputs.regions.length);
    for (const region of dto.regions) {
      expect(region.rankInterval, region.slug).not.toBeNull();
      expect(region.rankInterval![0]).toBeLessThanOrEqual(region.rankInterval![1]);
      expect(Object.keys(region.pillars)).toEqual(spec.pillars.map((p) => p.key));
    }
    expect(dto.regions.map((r) => r.rank)).toEqual([...dto.regions.map((r) => r.rank)].sort((a, b) => a - b));
    expect(dto.uncertainty.runs).toBe(1000);
  });

  it("answers an empty index, not an error, for a year with no figures", async () => {
    const inputs = await getIndexInputs(spec, 1990);
    const dto = toIndexDto(spec, inputs, computeWithUncertainty(spec, inputs.data));
    expect(dto.status).toBe("empty");
    expect(dto.regions).toEqual([]);
  });
});

describe("the starter index on a province's profile", () => {
  it("ranks a province through the default year and the run cache, and knows no index for a region outside it", async () => {
    const view = await getRegionIndexView("jiangxi");
    expect(view).toMatchObject({ status: "ranked", spec: "default", year: await defaultIndexYear(spec), of: 31 });
    expect(await getRegionIndexView("zhangjiang-science-city")).toBeNull();
  });
});

describe("index specs", () => {
  const variant = indexSpecSchema.parse({ ...structuredClone(spec), key: "talent-heavy", title: "重人才" });

  it("saves, replaces, lists and deletes a variant; the built-in key is reserved", async () => {
    expect((await saveIndexSpec(variant)).status).toBe("created");
    expect((await saveIndexSpec({ ...variant, version: "1.1.0" })).status).toBe("replaced");
    expect((await getIndexSpec("talent-heavy"))!.spec.version).toBe("1.1.0");
    expect((await listIndexSpecs()).map((s) => [s.key, s.builtin])).toEqual([["default", true], ["talent-heavy", false]]);
    await expect(saveIndexSpec({ ...variant, key: "default" })).rejects.toMatchObject({ status: 409 });
    expect(await deleteIndexSpec("talent-heavy")).toBe(true);
    expect(await getIndexSpec("talent-heavy")).toBeNull();
  });

  it("reports a stored body that no longer validates instead of passing it on", async () => {
    await db.indexSpec.create({ data: { key: "broken", version: "1.0.0", title: "x", body: "{\"key\":\"broken\"}" } });
    await expect(getIndexSpec("broken")).rejects.toMatchObject({ status: 500 });
    await db.indexSpec.delete({ where: { key: "broken" } });
  });
});
