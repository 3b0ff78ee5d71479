import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test.describe("downloads", () => {
  test("a chart gives its data as CSV and its picture as SVG and PNG", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-china-stage");

    const csv = page.waitForEvent("download");
    await chart.getByRole("button", { name: "下载数据（CSV）" }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("kechan-china-stage.csv");
    // Built from the chart's figures: one column per fact, numbers as numbers, the qualifier in words.
    const lines = (await readFile((await csvFile.path())!, "utf8")).split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFF系列,地区,年份,起始年份,数值,单位,限定,出处,位置/);
    expect(lines.find((line) => line.includes(",2018,"))).toMatch(/^文献报告值,中国,2018,,9000,美元\/人,超过,/);
    expect(lines.find((line) => line.includes(",2030,"))).toMatch(/^复利推算,中国,2030,,\d+,美元\/人,,科产融合指标看板推算,/);

    // The picture names itself, its units and years, and its sources.
    const svg = page.waitForEvent("download");
    await chart.getByRole("button", { name: "保存图片（SVG）" }).click();
    const svgText = await readFile((await (await svg).path())!, "utf8");
    expect(svgText).toMatch(/^<svg/);
    expect(svgText).toContain("超过9,000");
    expect(svgText).toContain("中国人均GDP与发展阶段");
    expect(svgText).toContain("数据来源：");
    expect(svgText).toContain("科产融合指标看板");

    const png = page.waitForEvent("download");
    await chart.getByRole("button", { name: "保存图片（PNG）" }).click();
    const pngBytes = await readFile((await (await png).path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
  });

  test("the same buttons work on a page rendered by the App Router", async ({ page }) => {
    await page.goto("/regions/cn");
    const chart = page.getByTestId("chart-series-gdp-per-capita-usd");
    const csv = page.waitForEvent("download");
    await chart.getByRole("button", { name: "下载数据（CSV）" }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("kechan-series-gdp-per-capita-usd.csv");
    const lines = (await readFile((await csvFile.path())!, "utf8")).split("\r\n");
    // Region and year in columns of their own, the value a number.
    expect(lines[0]).toMatch(/^\uFEFF(系列,)?地区,年份,起始年份,数值,单位,限定,出处,位置/);
    expect(lines.some((line) => /(^|,)中国,2025,,13953,美元\/人,/.test(line))).toBe(true);
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
