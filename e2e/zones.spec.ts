import { expect, test } from "@playwright/test";

test.describe("zone cases", () => {
  test("every case the documents describe has a card, with unreported items said plainly", async ({ page }) => {
    await page.goto("/zones");
    for (const slug of ["suzhou-industrial-park", "chengdu-hi-tech-zone", "wuhan-east-lake", "shenzhen-hi-tech-zone", "zhangjiang-science-city", "guangming-science-city", "zhongguancun", "pingdingshan-hi-tech-zone"]) {
      await expect(page.getByTestId(`zone-${slug}`)).toBeVisible();
    }
    await expect(page.getByTestId("zone-chengdu-hi-tech-zone")).toContainText("揭榜挂帅");
    await expect(page.getByTestId("zone-zhongguancun")).toContainText("1988");
    await expect(page.getByTestId("zone-pingdingshan-hi-tech-zone")).toContainText("文献未报告");
  });

  test("choosing cases changes the URL and the matrix", async ({ page }) => {
    await page.goto("/zones/compare?z=suzhou-industrial-park,chengdu-hi-tech-zone");
    const matrix = page.getByTestId("zone-matrix");
    await expect(matrix.getByRole("columnheader")).toHaveText(["", "苏州工业园区", "成都高新区"]);
    const jiebang = matrix.locator("tr[data-row='jiebang-guashuai'] td");
    await expect(jiebang).toHaveCount(2);
    await expect(jiebang.nth(0)).toHaveAttribute("data-reported", "no");
    await expect(jiebang.nth(1)).toHaveAttribute("data-reported", "yes");

    await page.getByRole("checkbox", { name: "成都高新区" }).uncheck();
    await page.getByRole("checkbox", { name: "张江科学城" }).check();
    await page.getByRole("button", { name: "比较" }).click();
    await expect(page).toHaveURL(/z=suzhou-industrial-park&z=zhangjiang-science-city/);
    await expect(matrix.getByRole("columnheader")).toHaveText(["", "苏州工业园区", "张江科学城"]);
    await expect(matrix.locator("tr[data-row='jiebang-guashuai']")).toHaveCount(0);
    await expect(matrix.locator("tr[data-row='one-stop-ecosystem'] td").nth(1)).toHaveAttribute("data-reported", "yes");
    // The heatmap draws one square per row and case.
    await expect(page.getByTestId("chart-zone-coverage")).toBeVisible();
  });

  test("the figures are compared metric by metric, in the matrix's zone order, a year as text", async ({ page }) => {
    await page.goto("/zones/compare?z=zhangjiang-science-city,zhongguancun,suzhou-industrial-park");
    const matrixColumns = await page.getByTestId("zone-matrix").getByRole("columnheader").allTextContents();
    const metrics = page.getByTestId("zone-metrics");
    // Same cases in the same order as the matrix: a column per case, a row per metric.
    await expect(metrics.getByRole("columnheader")).toHaveText(["指标", ...matrixColumns.slice(1)]);
    expect(matrixColumns.slice(1)).toEqual(["张江科学城", "中关村", "苏州工业园区"]);
    const firms = metrics.getByRole("row", { name: /企业数量/ }).first();
    await expect(firms.getByRole("cell")).toHaveText([/^24,000家/, "文献未报告", "文献未报告"]);
    // Firms and universities sit in different unit groups, never on one axis.
    await expect(metrics.locator("tbody[data-unit='firms']")).toContainText("企业数量");
    await expect(metrics.locator("tbody[data-unit='universities']")).toContainText("高校数量");
    await expect(metrics.locator("tbody[data-unit='firms']")).not.toContainText("高校数量");
    // The founding year is a date: a row of text in the last group, never a bar in a chart.
    const years = metrics.locator("tbody[data-unit='year']");
    await expect(years.getByRole("row", { name: /设立年份/ }).getByRole("cell").nth(1)).toHaveText(/^1988年/);
    await expect(metrics.locator("tbody").last()).toHaveAttribute("data-unit", "year");
    const section = page.getByRole("region", { name: "数字" });
    for (const svg of await section.locator("svg").all()) await expect(svg).not.toContainText("1988");
    // A figure whose year is only the document's says so next to it.
    await expect(firms.getByRole("cell").first()).toContainText("文献发表年");
  });

  test("more than four cases is refused with a message", async ({ page }) => {
    await page.goto("/zones/compare?z=zhongguancun,suzhou-industrial-park,chengdu-hi-tech-zone,wuhan-east-lake,shenzhen-hi-tech-zone");
    await expect(page.locator("#z-error")).toHaveText("最多比较4个案例。");
    await expect(page.getByTestId("zone-matrix")).toHaveCount(0);
  });
});
