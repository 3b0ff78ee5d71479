import { expect, test } from "@playwright/test";

test.describe("stage checker", () => {
  test("submitting the form puts the query in the URL and answers in words", async ({ page }) => {
    await page.goto("/stage");
    await page.getByLabel("人均GDP（美元）").fill("13953");
    await page.getByLabel("实际GDP年均增速（%）").fill("4.3");
    await page.getByLabel("基准年份").fill("2025");
    await page.getByRole("button", { name: "测算" }).click();

    await expect(page).toHaveURL(/\/stage\?.*gdp=13953.*growth=4\.3.*year=2025/);
    const answer = page.getByTestId("stage-answer");
    await expect(answer).toContainText("效率驱动向创新驱动转型");
    await expect(answer).toContainText("3,047");
    await expect(answer).toContainText("2030");
    await expect(page.getByTestId("chart-stage-bands").locator(".chart__canvas--desktop svg")).toBeVisible();
    await expect(page.getByTestId("chart-stage-scenarios").locator(".chart__canvas--desktop svg")).toContainText("基准情景（2030年）");
  });

  test("a shared URL renders the same answer, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/stage?gdp=2500&growth=5&year=2020");
    const answer = page.getByTestId("stage-answer");
    await expect(answer).toContainText("要素驱动向效率驱动转型");
    // 2500 × 1.05^n ≥ 3000 first when n = 4
    await expect(answer).toContainText("2024");
    await expect(page.getByLabel("人均GDP（美元）")).toHaveValue("2500");
    await context.close();
  });

  test("varying the exchange-rate assumption moves the crossing year", async ({ page }) => {
    await page.goto("/stage?gdp=13953&growth=4.3&year=2025&fx=-1");
    await expect(page.getByTestId("stage-answer")).toContainText("2032");
  });

  test("bad input is named next to its field and nothing else is shown", async ({ page }) => {
    await page.goto("/stage");
    await page.getByLabel("人均GDP（美元）").fill("abc");
    await page.getByLabel("实际GDP年均增速（%）").fill("99");
    await page.getByRole("button", { name: "测算" }).click();

    await expect(page.locator("#gdp-error")).toBeVisible();
    await expect(page.locator("#growth-error")).toBeVisible();
    await expect(page.getByLabel("人均GDP（美元）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("stage-errors")).toBeVisible();
    await expect(page.getByTestId("stage-answer")).toHaveCount(0);
  });

  test("the API answers the documented shape and 400 with the field on bad input", async ({ request }) => {
    const ok = await request.get("/api/v1/stage?gdp=13953&growth=4.3&year=2025");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.stage).toMatchObject({ key: "transition-2-3", order: 4, minUsd: 9000, maxUsd: 17000 });
    expect(body.next).toMatchObject({ key: "innovation-driven", thresholdUsd: 17000, gapUsd: 3047 });
    expect(body.projection.reachesNextStageIn).toBe(2030);

    for (const [query, field] of [["gdp=abc", "gdp"], ["gdp=1&growth=NaN", "growth"], ["gdp=1&year=25", "year"], ["growth=3", "gdp"]]) {
      const bad = await request.get(`/api/v1/stage?${query}`);
      expect(bad.status(), query).toBe(400);
      const error = await bad.json();
      expect(error.issues.map((i: { path: string[] }) => i.path[0]), query).toContain(field);
    }
  });
});
