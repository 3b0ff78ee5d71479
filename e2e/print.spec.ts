// Printing (app/print.css) and the phone layout: pages printed to PDF by Chromium fit their page budget, print
// media hides the controls and shows the charts' tables, chart text stays legible on paper; on a 390 px phone
// the navigation takes one line and a submitted stage form opens at its answer.
import { expect, test, type Page } from "@playwright/test";

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object each ("/Type /Pages" is the page tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function printedPages(page: Page, path: string): Promise<number> {
  expect((await page.goto(path))?.status()).toBe(200);
  return pdfPageCount(await page.pdf({ format: "A4" }));
}

/** The A4 column app/print.css leaves between its 12 mm margins, in CSS px (96 px to the inch). */
const a4ColumnPx = Math.floor(((210 - 2 * 12) / 25.4) * 96);

test.describe("print", () => {
  test("the region brief prints on one or two A4 pages", async ({ page }) => {
    const pages = await printedPages(page, "/regions/cn/report");
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test("the national profile prints on at most three A4 pages", async ({ page }) => {
    expect(await printedPages(page, "/regions/cn")).toBeLessThanOrEqual(3);
  });

  test("the printed brief has the stage, the figures' sources and the references, and no navigation", async ({ page }) => {
    await page.setViewportSize({ width: a4ColumnPx, height: 1100 });
    await page.emulateMedia({ media: "print" });
    await page.goto("/regions/cn/report");
    await expect(page.getByRole("heading", { level: 1, name: "中国" })).toBeVisible();
    await expect(page.getByTestId("report-stage")).toContainText("阶段");
    await expect(page.getByTestId("report-stage")).toContainText("美元");
    const rows = page.getByTestId(/^report-row-/);
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(rows.first().getByRole("cell").last()).not.toBeEmpty();
    const references = page.getByRole("region", { name: "参考文献" }).getByRole("listitem");
    expect(await references.count()).toBeGreaterThan(0);
    await expect(references.first()).toContainText(/\[(J|N|R|M|EB\/OL|DS\/OL|Z)\]/);
    await expect(page.getByRole("navigation")).toBeHidden();
    await expect(page.getByRole("link", { name: "返回地区页" })).toBeHidden();
  });

  test("print media hides the controls and shows each chart with its data table", async ({ page }) => {
    await page.setViewportSize({ width: a4ColumnPx, height: 1100 });
    await page.goto("/regions/cn");
    await expect(page.getByRole("navigation", { name: "科产融合指标看板" })).toBeVisible();
    const tables = page.locator("figure[data-chart] table[data-chart-table]");
    expect(await tables.count()).toBeGreaterThan(0);
    await expect(tables.first()).toBeHidden(); // behind the Table tab on screen

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "科产融合指标看板" })).toBeHidden();
    await expect(page.getByRole("link", { name: "跳到正文" })).toBeHidden();
    await expect(page.getByRole("tablist").first()).toBeHidden();
    await expect(page.getByRole("button", { name: "下载数据（CSV）" }).first()).toBeHidden();
    for (const table of await tables.all()) await expect(table).toBeVisible();
  });

  test("chart text prints at 7 pt or more on an A4 column", async ({ page }) => {
    await page.setViewportSize({ width: a4ColumnPx, height: 1100 });
    await page.emulateMedia({ media: "print" });
    for (const path of ["/regions/cn", "/regions/cn/report", "/"]) {
      await page.goto(path);
      const smallestPx = await page.locator(".chart__canvas svg").evaluateAll((all) =>
        Math.min(
          ...all.filter((svg) => svg.getBoundingClientRect().width > 0).flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            return [...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
          }),
        ),
      );
      // 1 pt = 4/3 CSS px.
      expect(smallestPx * 0.75, path).toBeGreaterThanOrEqual(7);
    }
  });

  test("an unknown region has no brief", async ({ page }) => {
    const response = await page.goto("/regions/no-such-region/report");
    expect(response?.status()).toBe(404);
  });

  test("the region page links to its brief", async ({ page }) => {
    await page.goto("/regions/cn");
    await page.getByRole("link", { name: "打印简报" }).click();
    await expect(page).toHaveURL(/\/regions\/cn\/report$/);
  });
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the navigation is one line, its menu closed, and opens without JavaScript with the current page marked", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/regions");
    const nav = page.getByRole("navigation", { name: "科产融合指标看板" });
    const header = page.getByRole("banner");
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(56);
    const regions = nav.getByRole("link", { name: "地区", exact: true });
    await expect(regions).toBeHidden();
    await nav.getByText("菜单").click();
    await expect(regions).toBeVisible();
    await expect(regions).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "阶段测算" })).toBeVisible();
    await context.close();
  });

  test("after the stage form is submitted the answer is in view", async ({ page }) => {
    await page.goto("/stage");
    await page.getByLabel("人均GDP（美元）").fill("13953");
    await page.getByLabel("实际GDP年均增速（%）").fill("4.3");
    await page.getByLabel("基准年份").fill("2025");
    await page.getByRole("button", { name: "测算" }).click();
    await expect(page).toHaveURL(/#answer$/);
    await expect(page.getByTestId("stage-answer")).toBeInViewport();
  });
});
