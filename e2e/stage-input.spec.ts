// The stage checker takes numbers as analysts write them, says real or nominal as the assumptions do, refuses two
// figures at once, keeps its addresses free of empty fields and shows scenarios; the JSON API stays strict.
import { expect, test } from "@playwright/test";

const gdpField = "人均GDP（美元）";
const cnyField = "或：人均GDP（元）";

test.describe("stage checker input", () => {
  for (const [typed, shown] of [["13,953", "13,953"], ["1.4万", "14,000"], ["１３９５３", "13,953"]] as const) {
    test(`takes ${typed} as typed and answers`, async ({ page }) => {
      await page.goto("/stage");
      await page.getByLabel(gdpField).fill(typed);
      await page.getByLabel("实际GDP年均增速（%）").fill("4.3");
      await page.getByLabel("基准年份").fill("2025");
      await page.getByRole("button", { name: "测算" }).click();

      const answer = page.getByTestId("stage-answer");
      await expect(answer).toContainText(`人均GDP ${shown} 美元`);
      await expect(page.getByTestId("stage-errors")).toHaveCount(0);
      // The field keeps what was typed; the address leaves out every empty field.
      await expect(page.getByLabel(gdpField)).toHaveValue(typed);
      const url = new URL(page.url());
      expect([...url.searchParams.keys()].sort()).toEqual(["gdp", "growth", "year"]);
      expect(url.searchParams.get("gdp")).toBe(typed);
    });
  }

  test("refuses a dollar and a yuan figure together, naming both fields beside both", async ({ page }) => {
    await page.goto("/stage");
    await page.getByLabel(gdpField).fill("13953");
    await page.getByLabel(cnyField).fill("98000");
    await page.getByLabel("汇率（元/美元）").fill("7.1");
    await page.getByRole("button", { name: "测算" }).click();

    for (const id of ["#gdp-error", "#cny-error"]) {
      await expect(page.locator(id)).toContainText("人均GDP（美元）与人均GDP（元）只填一项");
    }
    await expect(page.getByLabel(gdpField)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(cnyField)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("stage-errors").getByRole("listitem")).toHaveCount(1);
    await expect(page.getByTestId("stage-answer")).toHaveCount(0);
  });

  test("says real growth with real growth alone, nominal once other assumptions are used", async ({ page }) => {
    await page.goto("/stage?gdp=13953&growth=4.3&year=2025");
    const projection = page.getByTestId("stage-answer-projection");
    await expect(projection).toContainText("按实际GDP年均增速 4.3% 推算");
    await expect(projection).toContainText("2030 年");
    await expect(projection).not.toContainText("名义");

    await page.goto("/stage?gdp=13953&growth=4.3&year=2025&fx=-1");
    await expect(projection).toContainText("按实际GDP年均增速 4.3%");
    await expect(projection).toContainText("人民币对美元年均贬值 1%");
    await expect(projection).toContainText("名义年均增长 3.26%");
    await expect(projection).toContainText("2032 年");
  });

  test("shows the low, base and high paths and the tornado, with their table rows", async ({ page }) => {
    await page.goto("/stage?gdp=13953&growth=4.3&year=2025");
    const paths = page.getByTestId("chart-stage-scenarios");
    await expect(paths.locator(".chart__canvas--desktop svg")).toContainText("基准情景（2030年）");
    await expect(paths.locator(".chart__canvas--desktop svg")).toContainText("低情景（2034年）");
    await expect(paths.locator(".chart__canvas--desktop svg")).toContainText("高情景（2029年）");
    const pathRows = paths.locator("table[data-chart-table] tbody tr");
    await expect(pathRows).toHaveCount(18);
    await expect(paths.locator("table[data-chart-table]")).toContainText("17,222美元/人");

    const tornado = page.getByTestId("chart-stage-tornado");
    await expect(tornado.getByRole("heading")).toContainText("基准2030年");
    await expect(tornado.locator(".chart__canvas--desktop svg")).toContainText("2032年");
    await expect(tornado.locator("table[data-chart-table] tbody tr")).toHaveCount(8);
    await expect(tornado.locator("table[data-chart-table]")).toContainText("实际增速");
    await expect(page.getByTestId("scenario-notes")).toContainText("基准情景就是所填的假设");
  });

  test("works without JavaScript: the form's GET is redirected to an address without empty fields", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/stage");
    await page.getByLabel(gdpField).fill("13,953");
    await page.getByLabel("实际GDP年均增速（%）").fill("4.3%");
    await page.getByLabel("基准年份").fill("2025");
    await page.getByRole("button", { name: "测算" }).click();
    await expect(page.getByTestId("stage-answer")).toContainText("2030");
    expect(new URL(page.url()).search).toBe("?gdp=13%2C953&growth=4.3%25&year=2025");
    await context.close();
  });

  test("the JSON API stays strict: 13,953 is refused, and two figures name both fields", async ({ request }) => {
    const loose = await request.get("/api/v1/stage?gdp=13%2C953");
    expect(loose.status()).toBe(400);
    expect((await loose.json()).issues[0].path).toEqual(["gdp"]);

    const both = await request.get("/api/v1/stage?gdp=13953&cny=98000&rate=7.1");
    expect(both.status()).toBe(400);
    const body = await both.json();
    expect(body.error).toBe("Invalid input: gdp, cny");
    expect(body.issues.map((i: { path: string[] }) => i.path[0])).toEqual(["gdp", "cny"]);
  });
});
