import { expect, test, type APIResponse } from "@playwright/test";

/** The first path segment of each issue: the parameter a 400 names. */
async function issueFields(response: APIResponse): Promise<string[]> {
  const body = await response.json();
  return body.issues.map((i: { path: string[] }) => i.path[0]);
}

test.describe("read-only JSON API", () => {
  test("regions list every region with its latest GDP and stage, and filter by level", async ({ request }) => {
    const all = await request.get("/api/v1/regions");
    expect(all.status()).toBe(200);
    const { regions } = await all.json();
    const cn = regions.find((r: { slug: string }) => r.slug === "cn");
    expect(cn).toMatchObject({
      nameZh: "中国", level: "nation",
      latestGdp: { value: 13953, year: 2025, qualifier: null },
      stage: { key: "transition-2-3", nameZh: "效率驱动向创新驱动转型" },
    });
    expect(regions.find((r: { slug: string }) => r.slug === "shanghai")).toMatchObject({ parent: "cn", adminCode: "310000" });

    const provinces = (await (await request.get("/api/v1/regions?level=province")).json()).regions;
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.every((r: { level: string }) => r.level === "province")).toBe(true);
    expect(provinces.map((r: { slug: string }) => r.slug)).toContain("shanghai");
  });

  test("a region's profile carries its stage and its observations", async ({ request }) => {
    const response = await request.get("/api/v1/regions/cn");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ slug: "cn", latestGdp: { value: 13953, year: 2025 }, stage: { key: "transition-2-3" } });
    expect(body.observations).toContainEqual(
      expect.objectContaining({ indicator: "gdp-per-capita-usd", region: "cn", year: 2025, value: 13953, unit: "usd-per-capita" }),
    );
  });

  test("indicators list the catalogue", async ({ request }) => {
    const response = await request.get("/api/v1/indicators");
    expect(response.status()).toBe(200);
    const { indicators } = await response.json();
    expect(indicators).toContainEqual(expect.objectContaining({ code: "gdp-per-capita-usd", unit: "usd-per-capita" }));
  });

  test("observations filter by indicator and years and cite their source", async ({ request }) => {
    const response = await request.get("/api/v1/observations?indicator=gdp-per-capita-usd&from=2020");
    expect(response.status()).toBe(200);
    const { observations } = await response.json();
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({
      indicator: "gdp-per-capita-usd", region: "cn", year: 2025, value: 13953, valueText: "13953",
      source: { slug: "doc-000", file: expect.stringMatching(/^000_[0-9a-f]{16}\.txt$/) },
    });
    expect(observations[0].source.locator).toBeTruthy();
  });

  test("zones list every case and answer one with exactly the documented fields", async ({ request }) => {
    const list = await request.get("/api/v1/zones");
    expect(list.status()).toBe(200);
    expect((await list.json()).zones.map((z: { slug: string }) => z.slug)).toContain("zhangjiang-science-city");

    const response = await request.get("/api/v1/zones/zhangjiang-science-city");
    expect(response.status()).toBe(200);
    const zone = await response.json();
    expect(Object.keys(zone).sort()).toEqual(
      ["established", "features", "kind", "metrics", "nameEn", "nameZh", "region", "slug", "source", "summaryZh"],
    );
    expect(zone).toMatchObject({ nameZh: "张江科学城", kind: "science-city", region: { slug: "zhangjiang-science-city" } });
    const firms = zone.metrics.find((m: { code: string }) => m.code === "zone-firms");
    expect(firms).toMatchObject({ value: 24000, unit: "firms", year: 2025, source: { slug: "doc-003" } });
    expect(Object.keys(firms.source).sort()).toEqual(["locator", "slug", "titleZh"]);
    expect(zone.features.length).toBeGreaterThan(0);
    expect(zone.features[0].source.locator).toBeTruthy();
  });

  test("unknown slugs and codes answer 404 with an error naming them", async ({ request }) => {
    for (const path of [
      "/api/v1/regions/atlantis",
      "/api/v1/zones/atlantis",
      "/api/v1/observations?region=atlantis",
      "/api/v1/observations?indicator=atlantis",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect((await response.json()).error, path).toContain("atlantis");
    }
  });

  test("bad parameters answer 400 naming the field", async ({ request }) => {
    for (const [path, field] of [
      ["/api/v1/observations?from=abc", "from"],
      ["/api/v1/observations?from=2030&to=2020", "from"],
      ["/api/v1/observations?to=2101", "to"],
      ["/api/v1/regions?level=planet", "level"],
      ["/api/v1/regions/Bad_Slug", "slug"],
      ["/api/v1/zones/Bad_Slug", "slug"],
      [`/api/v1/regions/${"a".repeat(81)}`, "slug"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await issueFields(response), path).toContain(field);
    }
  });
});

test.describe("composite index API", () => {
  test("computes the starter index for the 31 provinces with rank intervals, and leaves the rest out with the reason", async ({ request }) => {
    const response = await request.get("/api/v1/index?spec=default&year=2023");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ spec: "default", year: 2023, status: "computed" });
    expect(body.regions).toHaveLength(31);
    const [first] = body.regions;
    expect(Object.keys(first.pillars)).toEqual(["science-chain", "industry-chain", "capital-chain", "talent-chain", "transfer"]);
    for (const region of body.regions) {
      const [low, high] = region.rankInterval;
      expect(low, region.slug).toBeGreaterThanOrEqual(1);
      expect(low, region.slug).toBeLessThanOrEqual(high);
      expect(high, region.slug).toBeLessThanOrEqual(31);
    }
    expect(body.excluded.map((e: { slug: string }) => e.slug).sort()).toEqual(["hong-kong", "macao", "taiwan"]);
    expect(body.excluded[0]).toMatchObject({ reason: "coverage" });
    // The same answer without the parameters: the starter spec and the newest year it covers.
    expect((await (await request.get("/api/v1/index")).json()).regions).toEqual(body.regions);
  });

  test("an unknown spec is 404 and bad parameters 400 naming the field", async ({ request }) => {
    const unknown = await request.get("/api/v1/index?spec=atlantis");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error).toContain("atlantis");
    for (const [path, field] of [
      ["/api/v1/index?year=20x3", "year"],
      ["/api/v1/index?year=1800", "year"],
      ["/api/v1/index?spec=Bad_Key", "spec"],
      ["/api/v1/index?format=pdf", "format"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await issueFields(response), path).toContain(field);
    }
    const empty = await (await request.get("/api/v1/index?year=1990")).json();
    expect(empty).toMatchObject({ status: "empty", regions: [] });
  });
});
