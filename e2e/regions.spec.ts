import { expect, test } from "@playwright/test";

test.describe("regions", () => {
  test("the list groups regions and marks China's stage", async ({ page }) => {
    await page.goto("/regions");
    const nations = page.getByTestId("region-group-nation");
    await expect(nations.getByRole("link", { name: "中国" })).toBeVisible();
    await expect(nations.locator("[data-stage='transition-2-3']")).toHaveText("效率驱动向创新驱动转型");
    await expect(page.getByTestId("region-group-international").getByRole("link")).toHaveCount(3);
    await expect(page.getByTestId("region-group-regional").getByRole("link")).toHaveCount(3);
    // The schematic tile grid links provinces in the store to their profiles.
    await page.getByTestId("province-tiles").getByRole("link", { name: "江西" }).click();
    await expect(page).toHaveURL(/\/regions\/jiangxi$/);
  });

  test("a profile shows the stage, every figure with its source, and the documents' programmes", async ({ page }) => {
    await page.goto("/regions/cn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国");
    await expect(page.getByTestId("region-stage-answer")).toContainText("13,953");
    await expect(page.getByTestId("region-stage-answer")).toContainText("效率驱动向创新驱动转型");
    await expect(page.getByTestId("chart-series-gdp-per-capita-usd").locator(".chart__canvas--desktop svg")).toContainText("13,953美元/人");
    const figures = page.getByRole("region", { name: "全部数字" });
    await expect(figures.getByRole("row")).toHaveCount(11); // header + the latest figure of 10 indicators
    await figures.getByRole("link", { name: "显示全部年份(共 11 个数字)" }).click();
    await expect(page.getByRole("region", { name: "全部数字" }).getByRole("row")).toHaveCount(12); // GDP 2018 as well
    await page.getByRole("region", { name: "全部数字" }).getByRole("row", { name: /有研发活动的规上工业企业占比/ }).getByRole("link", { name: /扎实推动/ }).click();
    await expect(page).toHaveURL(/\/sources\/doc-000#obs-\d+$/);

    await page.goto("/regions/jiangxi");
    await expect(page.getByTestId("note-plan-1269")).toContainText("1269");
    await expect(page.getByTestId("note-reform-plan-2025-2027")).toContainText("2025—2027");
  });

  test("the comparison keeps its selection in the URL and lines the regions up", async ({ page }) => {
    await page.goto("/regions/compare");
    await page.getByRole("checkbox", { name: /中国/ }).check();
    await page.getByRole("checkbox", { name: /全球/ }).check();
    await page.getByRole("button", { name: "比较" }).click();
    await expect(page).toHaveURL(/r=world&r=cn|r=cn&r=world/);
    const table = page.getByTestId("region-compare-table");
    await expect(table.getByRole("columnheader")).toHaveText(["指标", "全球", "中国"]);
    await expect(table.getByRole("row", { name: /人均国内生产总值/ })).toContainText("13,953美元/人");
    await expect(table.getByRole("row", { name: /标志性人工智能模型中产业界占比/ })).toContainText("约90%");

    // A shared link with a comma list gives the same table.
    await page.goto("/regions/compare?r=cn,world");
    await expect(page.getByTestId("region-compare-table").getByRole("columnheader")).toHaveText(["指标", "中国", "全球"]);
  });

  test("a bad selection is explained next to the picker", async ({ page }) => {
    await page.goto("/regions/compare?r=cn");
    await expect(page.locator("#r-error")).toHaveText("请至少选择2个地区。");
    await page.goto("/regions/compare?r=cn,atlantis");
    await expect(page.locator("#r-error")).toContainText("atlantis");
    await expect(page.getByTestId("region-compare-table")).toHaveCount(0);
  });

  test("an unknown region answers 404", async ({ page }) => {
    const response = await page.goto("/regions/atlantis");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  });
});

test.describe("indicators", () => {
  test("the catalogue links to an indicator with its series across years", async ({ page }) => {
    await page.goto("/indicators");
    await page.getByRole("link", { name: "标志性人工智能模型中产业界占比" }).click();
    await expect(page).toHaveURL(/\/indicators\/notable-ai-models-industry-share$/);
    await page.getByRole("link", { name: /历年变化/ }).click();
    await expect(page).toHaveURL(/view=trend/);
    const chart = page.getByTestId("chart-indicator-series").locator(".chart__canvas--desktop svg");
    await expect(chart).toContainText("约90%");
    await expect(chart).toContainText("60%");
    // The latest year is shown across regions; another year is a link away.
    await page.goto("/indicators/notable-ai-models-industry-share");
    const year = page.getByRole("region", { name: /2024年/ });
    await expect(year.getByRole("table").getByRole("row")).toHaveCount(2);
    await year.getByRole("link", { name: "2023" }).click();
    await expect(page).toHaveURL(/year=2023$/);
    await expect(page.getByRole("region", { name: /2023年/ }).getByRole("table")).toContainText("60%");
  });
});
