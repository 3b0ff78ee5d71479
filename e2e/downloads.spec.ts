import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test.describe("downloads", () => {
  test("a chart gives its data as CSV and its picture as SVG and PNG", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-zhangjiang");

    const csv = page.waitForEvent("download");
    await chart.getByRole("button", { name: "下载数据(CSV)" }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("kechan-zhangjiang.csv");
    const text = await readFile((await csvFile.path())!, "utf8");
    expect(text).toContain("企业数量");
    expect(text).toContain("24,000家");

    const svg = page.waitForEvent("download");
    await chart.getByRole("button", { name: "保存图片(SVG)" }).click();
    const svgText = await readFile((await (await svg).path())!, "utf8");
    expect(svgText).toMatch(/^<svg/);
    expect(svgText).toContain("24,000家");

    const png = page.waitForEvent("download");
    await chart.getByRole("button", { name: "保存图片(PNG)" }).click();
    const pngBytes = await readFile((await (await png).path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
  });

  test("the same buttons work on a page rendered by the App Router", async ({ page }) => {
    await page.goto("/regions/cn");
    const chart = page.getByTestId("chart-series-gdp-per-capita-usd");
    const csv = page.waitForEvent("download");
    await chart.getByRole("button", { name: "下载数据(CSV)" }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("kechan-series-gdp-per-capita-usd.csv");
    const lines = (await readFile((await csvFile.path())!, "utf8")).split("\r\n");
    expect(lines[0]).toBe("\uFEFF地区,年份,数值");
    expect(lines).toContain("中国,2025年,\"13,953美元/人\"");
  });

  test("a region's figures export as CSV and JSON that name their sources", async ({ page, request }) => {
    await page.goto("/regions/cn");
    const links = page.getByTestId("export-links");
    await expect(links.getByRole("link", { name: "导出 CSV" })).toHaveAttribute("href", "/api/v1/export?format=csv&region=cn");

    const csv = await request.get("/api/v1/export?format=csv&region=cn");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.startsWith("\uFEFFindicator,region,year,value,unit")).toBe(true);
    expect(text).toContain("gdp-per-capita-usd,cn,2025,13953,usd-per-capita");

    const json = await (await request.get("/api/v1/export?format=json&region=cn")).json();
    expect(json.rows.find((r: { indicator: string; year: number }) => r.indicator === "gdp-per-capita-usd" && r.year === 2025)).toMatchObject({ value: 13953, source: "doc-000" });
    expect((await request.get("/api/v1/export?format=xml")).status()).toBe(400);
  });
});
