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
    // Zhangjiang's counts are charted; the heatmap draws one square per row and case.
    await expect(page.getByTestId("chart-metrics-zhangjiang-science-city").locator(".chart__canvas--desktop svg")).toContainText("24,000家");
    await expect(page.getByTestId("chart-zone-coverage")).toBeVisible();
  });

  test("more than four cases is refused with a message", async ({ page }) => {
    await page.goto("/zones/compare?z=zhongguancun,suzhou-industrial-park,chengdu-hi-tech-zone,wuhan-east-lake,shenzhen-hi-tech-zone");
    await expect(page.locator("#z-error")).toHaveText("最多比较4个案例。");
    await expect(page.getByTestId("zone-matrix")).toHaveCount(0);
  });
});
