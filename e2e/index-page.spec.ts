// /index: the composite index's ranking with rank intervals, pillar scores, framework, correlations,
// strengths and weaknesses and downloads, all server-rendered; and a province's place in it on its profile.
import { expect, test } from "@playwright/test";

test.describe("the 科产融合 index page", () => {
  test("ranks 31 provinces for 2023 with 广东 first, the chart with its Table tab", async ({ page }) => {
    await page.goto("/index?spec=default&year=2023");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("科产融合指数");
    await expect(page.getByRole("link", { name: "指数", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("天然靠前")).toBeVisible();

    const chart = page.getByTestId("chart-index-ranking");
    await expect(chart.getByRole("img", { name: "2023年31个省份的科产融合指数排名" })).toBeVisible();
    await expect(chart.locator("svg").first()).toBeAttached();
    const tableTab = chart.getByRole("tab", { name: "数据表" });
    await tableTab.click();
    const rows = chart.getByRole("tabpanel", { name: "数据表" }).getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(31);
    await expect(rows.first().locator("td").nth(0)).toHaveText("1");
    await expect(rows.first().locator("td").nth(1)).toHaveText("广东");
    // Rank interval in the last column, as a rank or a range of ranks.
    await expect(rows.first().locator("td").last()).toHaveText(/^\d+(—\d+)?$/);

    // Taiwan, Hong Kong and Macao are left out, with the reason in words.
    await expect(page.getByTestId("index-excluded")).toContainText("台湾：只有0/7项指标有数字");
    await expect(page.getByTestId("index-pillar-table").locator("tbody tr")).toHaveCount(31);
    await expect(page.getByTestId("index-framework")).toContainText("发明专利授权数");
    await expect(page.getByTestId("index-framework").getByRole("link", { name: /科技统计年鉴/ }).first()).toHaveAttribute("href", /^\/sources\//);
    await expect(page.getByTestId("chart-index-correlation")).toBeVisible();

    // Each province's strengths and weaknesses open from its summary.
    const guangdong = page.getByTestId("index-strengths").locator("details").first();
    await expect(guangdong.locator("summary")).toContainText("广东（指数第1）");
    await guangdong.locator("summary").click();
    await expect(guangdong.getByRole("table").locator("tbody tr")).toHaveCount(7);
  });

  test("downloads the results as CSV with a header and a row per ranked province, and as xlsx", async ({ page, request }) => {
    await page.goto("/index?spec=default&year=2023");
    const links = page.getByTestId("index-downloads");
    await expect(links.getByRole("link", { name: "排名结果（CSV）" })).toHaveAttribute("href", "/api/v1/index?spec=default&year=2023&format=csv");
    await expect(links.getByRole("link", { name: "指标框架（JSON）" })).toHaveAttribute("href", "/api/v1/index/spec/default?download=1");

    const csv = await request.get("/api/v1/index?spec=default&year=2023&format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toContain('filename="kechan-index-default-2023.csv"');
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFFspec,version,year,rank,region,region_name_zh,score,/);
    expect(lines).toHaveLength(1 + 31);
    expect(lines[1]).toMatch(/^default,1\.0\.0,2023,1,guangdong,广东,/);

    const xlsx = await request.get("/api/v1/index?spec=default&year=2023&format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-disposition"]).toContain('filename="kechan-index-default-2023.xlsx"');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
    expect((await request.get("/api/v1/index?format=pdf")).status()).toBe(400);
  });

  test("a bad or unknown year gives a message over the default year, never a 500; an unknown spec is 404", async ({ page }) => {
    for (const year of ["20x3", "1990"]) {
      const response = await page.goto(`/index?year=${year}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("index-year-notice")).toContainText(`年份“${year}”不可用`);
      await expect(page.getByTestId("chart-index-ranking")).toBeVisible();
    }
    const older = await page.goto("/index?year=2014");
    expect(older?.status()).toBe(200);
    await expect(page.getByTestId("index-empty")).toContainText("2014年没有省份达到覆盖要求");
    expect((await page.goto("/index?spec=no-such-spec"))?.status()).toBe(404);
    expect((await page.goto("/index?spec=Not%20A%20Key"))?.status()).toBe(404);
  });

  test("the year chooser works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/index");
    await page.getByLabel("年份", { exact: true }).selectOption("2021");
    await page.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(/year=2021/);
    await expect(page.getByRole("img", { name: "2021年31个省份的科产融合指数排名" })).toBeVisible();
    await context.close();
  });

  test("a province's profile shows its index rank and links to the ranking", async ({ page }) => {
    await page.goto("/regions/jiangxi");
    const panel = page.getByTestId("region-index");
    await expect(panel.getByRole("heading", { name: "科产融合指数" })).toBeVisible();
    await expect(panel).toContainText(/2023年排名第\d+（共31个省份）/);
    await expect(panel).toContainText("5%—95%排名区间");
    await expect(panel).toContainText("科技链");
    await expect(panel.getByRole("link", { name: "查看完整排名与方法" })).toHaveAttribute("href", "/index?spec=default&year=2023");

    await page.goto("/regions/macao");
    await expect(page.getByTestId("region-index")).toHaveCount(0);
    await expect(page.getByTestId("region-index-excluded")).toContainText("不在指数范围内");
  });
});
