import { expect, test } from "@playwright/test";

test.describe("overview", () => {
  test("shows the national headline figures with year and a link to their source", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "总览" })).toBeVisible();

    const gdpCard = page.getByTestId("indicator-gdp-per-capita-usd");
    await expect(gdpCard).toContainText("13,953");
    await expect(gdpCard).toContainText("2025");
    await gdpCard.getByRole("link").click();
    await expect(page).toHaveURL(/\/sources\/doc-000#obs-\d+$/);
    const anchor = new URL(page.url()).hash;
    await expect(page.locator(anchor)).toContainText("13953");
  });

  test("draws the stage chart as server-rendered SVG with its data table", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-china-stage");
    await expect(chart.locator(".chart__canvas--desktop svg")).toBeVisible();
    await expect(chart.locator(".chart__canvas--desktop svg")).toContainText("2030年 17,222");
    await chart.getByRole("tab", { name: "数据表" }).click();
    const table = chart.locator("table");
    await expect(table).toContainText("2018年");
    await expect(table).toContainText("17,222");
  });

  test("lists Zhangjiang's counts in a table (six kinds of thing share no scale) and the innovation centres", async ({ page }) => {
    await page.goto("/");
    const zhangjiang = page.getByRole("region", { name: "张江科学城创新资源" });
    await expect(zhangjiang.locator("svg")).toHaveCount(0);
    const table = zhangjiang.getByRole("table");
    await expect(table).toContainText("24,000");
    await expect(table).toContainText("108");
    // The headline cards come in themed groups.
    await expect(page.getByRole("heading", { level: 3, name: "经济与收入" })).toBeVisible();
    const centres = page.getByRole("region", { name: "国家布局的科技创新中心" });
    for (const name of ["长三角", "粤港澳大湾区", "北京", "成渝地区", "武汉", "西安"]) {
      await expect(centres.getByText(name, { exact: true })).toBeVisible();
    }
  });
});

test.describe("overview, first screen", () => {
  test("answers which stage China is in before the cards, and places the provinces by stage", async ({ page }) => {
    await page.goto("/");
    const answer = page.getByTestId("china-stage-answer");
    await expect(answer).toContainText("13,953");
    await expect(answer).toContainText("效率驱动向创新驱动转型");
    await expect(answer).toContainText("2030年进入“创新驱动”阶段");
    // Above the headline cards: an analyst sees it without scrolling past them.
    const answerTop = (await answer.boundingBox())!.y;
    const cardsTop = (await page.getByTestId("indicator-gdp-per-capita-usd").boundingBox())!.y;
    expect(answerTop).toBeLessThan(cardsTop);

    const { year, regions } = await (await page.request.get("/api/v1/stages?level=province")).json();
    await expect(page.getByRole("heading", { name: `各省份所处发展阶段（${year}年）` })).toBeVisible();
    const groups = page.getByTestId("province-stages");
    for (const r of regions.slice(0, 5)) await expect(groups.getByRole("link", { name: r.nameZh, exact: true })).toBeVisible();
  });
});
