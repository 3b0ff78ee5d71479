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
    await page.getByTestId("province-tiles").getByRole("link", { name: /^江西/ }).click();
    await expect(page).toHaveURL(/\/regions\/jiangxi$/);
  });

  test("a profile shows the stage, every figure with its source, and the documents' programmes", async ({ page }) => {
    await page.goto("/regions/cn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国");
    await expect(page.getByTestId("region-stage-answer")).toContainText("13,953");
    await expect(page.getByTestId("region-stage-answer")).toContainText("效率驱动向创新驱动转型");
    await expect(page.getByTestId("chart-series-gdp-per-capita-usd").locator(".chart__canvas--desktop svg")).toContainText("13,953美元/人");
    const figures = page.getByRole("region", { name: "全部数字" });
    const latestRows = await figures.getByRole("row").count(); // header + the latest figure of each indicator
    expect(latestRows).toBeGreaterThanOrEqual(11);
    await figures.getByRole("link", { name: /显示全部年份（共 \d+ 个数字）/ }).click();
    await expect(page).toHaveURL(/all=1/);
    await expect(page.getByRole("region", { name: "全部数字" }).getByRole("row")).not.toHaveCount(latestRows); // GDP 2018 as well
    await page.getByRole("region", { name: "全部数字" }).getByRole("row", { name: /有研发活动的规上工业企业占比/ }).getByRole("link", { name: /扎实推动/ }).click();
    await expect(page).toHaveURL(/\/sources\/doc-000#obs-\d+$/);

    await page.goto("/regions/jiangxi");
    await expect(page.getByTestId("note-plan-1269")).toContainText("1269");
    await expect(page.getByTestId("note-reform-plan-2025-2027")).toContainText("2025—2027");
  });

  test("a qualified figure is drawn and tabled as such: 超过9,000, never a plain 9,000", async ({ page }) => {
    await page.goto("/regions/cn?series=gdp-per-capita-usd");
    const chart = page.getByTestId("chart-series-gdp-per-capita-usd");
    await expect(chart.locator(".chart__canvas--desktop svg")).toContainText("超过9,000美元/人");
    await expect(chart.locator(".chart__canvas--desktop svg text").filter({ hasText: /^9,000美元\/人$/ })).toHaveCount(0);
    // The legend says what the open mark means.
    await expect(chart.locator(".chart__canvas--desktop svg")).toContainText("实际值更高");
    const tableTab = chart.getByRole("tab", { name: "数据表" });
    if (await tableTab.count()) await tableTab.click();
    const table = chart.locator("table");
    await expect(table.getByRole("row", { name: /2018/ })).toContainText("超过9,000美元/人");
    // 2018 and 2025 are seven years apart: the years between are on the axis and the caption says gaps are gaps.
    await expect(chart.locator(".chart__canvas--desktop svg")).toContainText("2021");
    await expect(chart).toContainText("某年没有数字处断开");
  });

  test("the comparison keeps a period's range and the publication-year caveat next to each figure", async ({ page }) => {
    await page.goto("/regions/compare?r=cn,world");
    const table = page.getByTestId("region-compare-table");
    await expect(table.getByRole("row", { name: /年均增速/ })).toContainText("2026—2030年");
    await expect(table.getByRole("row", { name: /国际科技创新中心数量/ })).toContainText("文献发表年");
  });

  test("the comparison keeps its selection in the URL and lines the regions up", async ({ page }) => {
    await page.goto("/regions/compare");
    await page.getByRole("checkbox", { name: /中国/ }).check();
    await page.getByRole("checkbox", { name: /全球/ }).check();
    await page.getByRole("button", { name: "比较" }).click();
    await expect(page).toHaveURL(/r=world&r=cn|r=cn&r=world/);
    const table = page.getByTestId("region-compare-table");
    // The picker lists the nation's group before the world's, so the form sends them in that order.
    await expect(table.getByRole("columnheader")).toHaveText(["指标", "中国", "全球"]);
    await expect(table.getByRole("row", { name: /人均国内生产总值/ })).toContainText("13,953美元/人");
    await expect(table.getByRole("row", { name: /标志性人工智能模型中产业界占比/ })).toContainText("约90%");

    // A shared link with a comma list gives the same table.
    await page.goto("/regions/compare?r=cn,world");
    await expect(page.getByTestId("region-compare-table").getByRole("columnheader")).toHaveText(["指标", "中国", "全球"]);
  });

  test("the map colours the provinces by an indicator in a year, chosen in the URL", async ({ page }) => {
    await page.goto("/regions");
    const map = page.getByTestId("province-map");
    // Data-driven: which indicators have province figures depends on the seed (the statistics tables).
    if ((await map.count()) === 0) {
      await expect(page.getByTestId("map-empty")).toContainText("还没有省级数字");
      return;
    }
    const indicator = (await map.getAttribute("data-indicator"))!;
    const year = (await map.getAttribute("data-year"))!;
    await expect(page.getByRole("heading", { name: new RegExp(`^${year}年.+：各省级行政区$`) })).toBeVisible();
    const tiles = page.getByTestId("province-tiles");
    await expect(tiles.locator("> *")).toHaveCount(34);
    const coloured = tiles.getByRole("link").and(page.locator("[data-value]"));
    expect(await coloured.count()).toBeGreaterThan(0);
    // Every province is either coloured with a value and rank, or hatched and named under 暂无数字.
    const legend = page.getByTestId("map-legend");
    await expect(legend).toContainText("图例");
    await page.getByText(/^表格：各省数值与排名/).click();
    const table = page.getByTestId("province-value-table");
    await expect(table.getByRole("row")).toHaveCount(35);
    const missing = await table.getByRole("row").filter({ hasText: "暂无数字" }).count();
    if (missing > 0) await expect(page.getByTestId("map-legend-missing")).toContainText("暂无数字：");
    await expect(tiles.getByRole("link", { name: /，第1位\/\d+$/ }).first()).toBeVisible();

    // Another year through the URL (a GET form), when the indicator has one.
    const years = await page.getByRole("combobox", { name: "年份" }).locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const other = years.find((y) => y !== year);
    if (other) {
      await page.getByRole("combobox", { name: "年份" }).selectOption(other);
      await page.getByRole("button", { name: "查看" }).click();
      await expect(page).toHaveURL(new RegExp(`indicator=${indicator}&year=${other}`));
      await expect(page.getByTestId("province-map")).toHaveAttribute("data-year", other);
      await expect(page.getByRole("heading", { name: new RegExp(`^${other}年`) })).toBeVisible();
    }

    // Bad parameters fall back to the default view and say so.
    const response = await page.goto("/regions?indicator=constructor&year=abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("map-notice")).toContainText("constructor");
    await expect(page.getByTestId("province-map")).toHaveAttribute("data-indicator", indicator);
  });

  test("a province profile shows its rank among the provinces and its gap to the national figure", async ({ page }) => {
    await page.goto("/regions");
    const ranked = page.getByTestId("province-tiles").locator("a[data-value]");
    if ((await ranked.count()) === 0) return; // no province figures in the seed yet
    const indicator = (await page.getByTestId("province-map").getAttribute("data-indicator"))!;
    await ranked.first().click();
    await expect(page).toHaveURL(/\/regions\/[a-z-]+$/);
    const card = page.getByTestId(`standing-${indicator}`);
    await expect(card.getByTestId("standing-rank")).toHaveText(/^第\d+位\/\d+/);
    await expect(card.getByTestId("standing-gap")).toHaveText(/^(高 |低 |与全国持平|暂无\d{4}年全国数字)/);
    await expect(card.getByRole("link", { name: /./ }).last()).toHaveAttribute("href", /\/sources\//);
    // Its rank links back to the map of that indicator and year.
    await card.getByTestId("standing-rank").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/regions\\?indicator=${indicator}&year=\\d{4}#map$`));
  });

  test("two provinces compare as lines over the years with the national figure for reference", async ({ page }) => {
    await page.goto("/regions");
    if ((await page.getByTestId("province-map").count()) === 0) return; // no province figures in the seed yet
    await page.getByText(/^表格：各省数值与排名/).click();
    const rows = page.getByTestId("province-value-table").getByRole("row").filter({ has: page.locator("td.num") });
    if ((await rows.count()) < 2) return; // fewer than two provinces with figures in the seed yet
    const indicator = (await page.getByTestId("province-map").getAttribute("data-indicator"))!;
    const nationalShown = !(await page.getByTestId("map-legend").textContent())!.includes("全国：暂无");
    const slugOf = async (i: number) => (await rows.nth(i).getByRole("link").first().getAttribute("href"))!.split("/").pop()!;
    const [a, b] = [await slugOf(0), await slugOf(1)];
    await page.goto(`/regions/compare?r=${a}&r=${b}`);
    const chart = page.getByTestId(`chart-compare-${indicator}`);
    await expect(chart.getByRole("img", { name: /历年变化/ })).toBeVisible();
    const svg = chart.locator(".chart__canvas--desktop svg");
    await expect(svg.locator("path").first()).toBeAttached();
    // The national figure is the dashed 全国 line whenever the store has it for those years at the regions' scale.
    const caption = chart.locator(".chart__caption");
    if (nationalShown && !(await caption.textContent())!.includes("未画出")) {
      await expect(caption).toContainText("虚线为同年全国数字");
      await expect(svg).toContainText("全国");
      await expect(svg.locator("path[stroke-dasharray]").first()).toBeAttached();
    }
    await chart.getByRole("tab", { name: "数据表" }).click();
    await expect(chart.getByRole("tabpanel").locator("table")).toContainText("出处");
    await expect(chart.getByRole("button", { name: /下载数据/ })).toBeVisible();
  });

  test("the comparison picker groups regions by level and filters them as one types", async ({ page }) => {
    await page.goto("/regions/compare");
    await expect(page.getByTestId("r-group-national")).toContainText("全国");
    await expect(page.getByTestId("r-group-national").getByRole("checkbox", { name: /中国/ })).toBeVisible();
    const filter = page.getByTestId("r-filter");
    await filter.fill("zhongguo-nowhere");
    await expect(page.getByText("没有匹配的地区。")).toBeVisible();
    await filter.fill("Chin");
    await expect(page.getByRole("checkbox", { name: /中国/ })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /全球/ })).toBeHidden();
    await filter.fill("");
    await expect(page.getByRole("checkbox", { name: /全球/ })).toBeVisible();
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
