// The chart frame (components/charts/server-chart.tsx): tooltips from the chart's figures, Chart | Table tabs,
// the citation, and the frame without JavaScript. The overview's China stage chart passes figures and runs on
// the Pages Router without React, the hardest case for the plain scripts.
import { expect, test } from "@playwright/test";

test.describe("chart frame", () => {
  test("hovering a bar shows its value, unit, year, qualifier and source, loaded only then", async ({ page }) => {
    const tooltipScript = page.waitForRequest(/\/scripts\/chart-tooltip\.js$/);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto("/");
    await page.waitForLoadState("load");
    expect(requested.filter((url) => url.includes("chart-tooltip"))).toEqual([]);

    const chart = page.getByTestId("chart-china-stage");
    const svg = chart.locator(".chart__canvas--desktop svg");
    // The reported figures are series 0; the one for 2018 is a bound ("超过9,000"), drawn as an open mark.
    const marks = svg.locator('[ecmeta_ssr_type="chart"][ecmeta_series_index="0"]');
    expect(await marks.count()).toBeGreaterThan(1);
    const tooltip = chart.getByTestId("chart-tooltip");
    // The bands behind the figures belong to series 0 too: the first small mark is the 2018 figure.
    let first = marks.first();
    for (let i = 0; i < (await marks.count()); i++) {
      const box = await marks.nth(i).boundingBox();
      if (box && box.width < 30 && box.height < 30) {
        first = marks.nth(i);
        break;
      }
    }
    await first.hover({ force: true });
    await tooltipScript;
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/文献报告值（中国），2018年/);
    await expect(tooltip).toContainText("超过9,000");
    await expect(tooltip).toContainText("美元/人");
    await expect(tooltip).toContainText("出处：");
    // By keyboard the marks come in drawn order: the reported 2018 and 2025 figures, then the projected path,
    // whose source says who projected it and how.
    await page.mouse.move(0, 0); // off the chart, so the pointer does not hold the tooltip on 2018
    await chart.getByRole("img", { name: /中国人均GDP与发展阶段/ }).focus();
    await expect(tooltip).toContainText("2018年");
    for (let i = 0; i < 5 && !((await tooltip.textContent()) ?? "").includes("2025年"); i++) await page.keyboard.press("ArrowRight");
    await expect(tooltip).toContainText("文献报告值（中国），2025年");
    await expect(tooltip).toContainText("13,953");
    for (let i = 0; i < 10 && !((await tooltip.textContent()) ?? "").includes("复利推算（中国）"); i++) await page.keyboard.press("ArrowRight");
    await expect(tooltip).toContainText("科产融合指标看板推算");

    // Away from the marks (and off the chart) it goes.
    await page.getByRole("heading", { level: 1 }).click();
    await page.getByRole("heading", { level: 1 }).hover();
    await expect(tooltip).toBeHidden();
  });

  test("the chart is reachable by keyboard: focus shows a tooltip, arrow keys step through the figures", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-china-stage");
    const drawing = chart.getByRole("img", { name: /中国人均GDP与发展阶段/ });
    await drawing.focus();
    const tooltip = chart.getByTestId("chart-tooltip");
    await expect(tooltip).toBeVisible();
    const first = await tooltip.textContent();
    await page.keyboard.press("ArrowRight");
    await expect(tooltip).not.toHaveText(first!);
    await expect(tooltip).toContainText("出处：");
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
  });

  test("Chart | Table tabs follow the WAI-ARIA pattern and the table scrolls by keyboard", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-china-stage");
    const chartTab = chart.getByRole("tab", { name: "图表" });
    const tableTab = chart.getByRole("tab", { name: "数据表" });
    await expect(chartTab).toHaveAttribute("aria-selected", "true");
    await expect(chart.locator("table[data-chart-table]")).toBeHidden();

    await chartTab.focus();
    await page.keyboard.press("ArrowRight");
    await expect(tableTab).toBeFocused();
    await expect(tableTab).toHaveAttribute("aria-selected", "true");
    await expect(chartTab).toHaveAttribute("tabindex", "-1");
    const panel = chart.getByRole("tabpanel", { name: "数据表" });
    await expect(panel.getByRole("table")).toContainText("超过9,000");
    await expect(panel.getByRole("columnheader", { name: "出处" })).toBeVisible();
    await expect(chart.locator(".chart__canvas--desktop svg")).toBeHidden();

    // Tab moves into the panel's scrollable table region.
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("region")).toBeFocused();

    await tableTab.focus();
    await page.keyboard.press("Home");
    await expect(chartTab).toHaveAttribute("aria-selected", "true");
    await expect(chart.locator(".chart__canvas--desktop svg")).toBeVisible();
  });

  test("引用此图 cites title, sources, this page's address and today, and copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?from=test");
    const chart = page.getByTestId("chart-china-stage");
    await chart.getByText("引用此图").click();
    const citation = chart.locator("[data-chart-citation]");
    await expect(citation).toContainText("科产融合指标看板（Kechan）. 中国人均GDP与发展阶段");
    await expect(citation).toContainText("[EB/OL]");
    await expect(citation).toContainText(/\[\d{4}-\d{2}-\d{2}\]/);
    await expect(citation).toContainText("/?from=test#chart-china-stage");
    await expect(citation).toContainText("数据来源：");
    await chart.getByRole("button", { name: "复制引文" }).click();
    await expect(chart.getByRole("button", { name: "已复制" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.textContent());
  });
});

test.describe("chart frame without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows chart and table together, and the citation as text", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByTestId("chart-china-stage");
    await expect(chart.getByRole("tablist")).toBeHidden();
    await expect(chart.locator(".chart__canvas--desktop svg")).toBeVisible();
    await expect(chart.locator("table[data-chart-table]")).toBeVisible();
    await chart.getByText("引用此图").click();
    await expect(chart.locator("[data-chart-citation]")).toContainText("中国人均GDP与发展阶段");
    await expect(chart.getByRole("button", { name: "复制引文" })).toBeHidden();
  });
});
