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
    await chart.getByText("查看数据表").click();
    const table = chart.locator("table");
    await expect(table).toContainText("2018年");
    await expect(table).toContainText("17,222");
  });

  test("charts Zhangjiang's counts and lists the innovation centres", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-zhangjiang");
    await expect(chart.locator(".chart__canvas--desktop svg")).toContainText("24,000家");
    await expect(chart.locator(".chart__canvas--desktop svg")).toContainText("108个");
    const centres = page.getByRole("region", { name: "国家布局的科技创新中心" });
    for (const name of ["长三角", "粤港澳大湾区", "北京", "成渝地区", "武汉", "西安"]) {
      await expect(centres.getByText(name, { exact: true })).toBeVisible();
    }
  });
});
