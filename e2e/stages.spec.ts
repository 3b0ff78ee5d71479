import { expect, test } from "@playwright/test";

type StageRegion = {
  slug: string;
  level: string;
  gdpPerCapitaUsd: number;
  derivedFrom: { cny: number; cnyPerUsd: number; rateSource: string } | null;
  stage: { key: string; order: number };
};

/** The GCR 2014-2015 band of a dollar figure, as the issue states the thresholds. */
function band(usd: number): string {
  if (usd < 2000) return "factor-driven";
  if (usd < 3000) return "transition-1-2";
  if (usd < 9000) return "efficiency-driven";
  if (usd <= 17000) return "transition-2-3";
  return "innovation-driven";
}

test.describe("regions by stage", () => {
  test("the API places every province with a dollar figure in its band and shows the conversion", async ({ request }) => {
    const latest = await (await request.get("/api/v1/stages?level=province")).json();
    expect(latest.scheme).toBe("gcr-2014-2015");
    expect(latest.years.length).toBeGreaterThan(1);
    expect(latest.year).toBe(latest.years[0]);
    const regions: StageRegion[] = latest.regions;
    expect(regions.length).toBeGreaterThanOrEqual(30);
    for (const r of regions) {
      expect(r.level).toBe("province");
      expect(r.stage.key, r.slug).toBe(band(r.gdpPerCapitaUsd));
      expect(r.derivedFrom, r.slug).not.toBeNull();
      expect(r.gdpPerCapitaUsd).toBeCloseTo(r.derivedFrom!.cny / r.derivedFrom!.cnyPerUsd, 1);
      expect(r.derivedFrom!.rateSource.length).toBeGreaterThan(0);
    }
    // Ranked, highest first.
    const values = regions.map((r) => r.gdpPerCapitaUsd);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    const older = await (await request.get(`/api/v1/stages?year=${latest.years.at(-1)}`)).json();
    expect(older.year).toBe(latest.years.at(-1));
    expect(older.regions.length).toBeGreaterThan(0);
  });

  test("the API answers 400 for a bad year and an empty list for a year without figures", async ({ request }) => {
    const bad = await request.get("/api/v1/stages?year=20x3");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).issues.map((i: { path: string[] }) => i.path[0])).toEqual(["year"]);
    expect((await request.get("/api/v1/stages?level=planet")).status()).toBe(400);
    const none = await request.get("/api/v1/stages?year=1901");
    expect(none.status()).toBe(200);
    expect(await none.json()).toMatchObject({ year: 1901, regions: [] });
  });

  test("/stages colours every province by its stage and changes year from the form", async ({ page, request }) => {
    const { years, regions } = await (await request.get("/api/v1/stages?level=province")).json();
    await page.goto("/stages");
    await expect(page.getByRole("heading", { level: 2, name: `${years[0]}年各省份所处阶段` })).toBeVisible();
    const tiles = page.getByTestId("stage-tiles");
    for (const r of regions as StageRegion[]) {
      await expect(tiles.locator(`a[href="/regions/${r.slug}"]`)).toHaveAttribute("data-stage", r.stage.key);
    }
    await expect(page.getByTestId("chart-stage-ranking").locator("svg").first()).toBeVisible();

    const other = String(years.at(-1));
    await page.getByLabel("年份", { exact: true }).selectOption(other);
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(new RegExp(`year=${other}`));
    await expect(page.getByRole("heading", { level: 2, name: `${other}年各省份所处阶段` })).toBeVisible();
  });

  test("/stages takes a growth rate as analysts type it and says what is wrong with a bad one", async ({ page }) => {
    await page.goto("/stages?growth=%EF%BC%97%25"); // "７%"
    await expect(page.getByText(/按名义美元年均增长7%/)).toBeVisible();
    const rows = page.getByTestId("stage-timeline").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(30);

    await page.goto("/stages?growth=fast");
    await expect(page.locator("#growth-error")).toHaveText(/请填写数字/);
    await expect(page.getByTestId("stage-timeline")).toBeVisible();
  });
});
