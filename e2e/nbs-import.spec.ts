// NBS 国家数据 exports through /admin/import as analysts download them: a GB18030 CSV mapped to a stored
// indicator, and an .xlsx whose sheet and indicator the editor chooses. Test-only labels and values
// (years 1990-1991, 测试用指标) that no other spec asserts.
import { expect, test } from "@playwright/test";
import { encodeGb18030 } from "../lib/import/__fixtures__/gb18030";
import { makeXlsx } from "../lib/import/__fixtures__/make-xlsx";
import { logIn } from "./editor-session";

const provinceCsv = [
  "数据库：分省年度数据,,",
  "指标：人均地区生产总值(元/人),,",
  "地区：全部,,",
  "时间：最近2年,,",
  "地区,1991年,1990年",
  '天津市,"81,234",79876',
  "河北省,…,45678",
  "注：端到端测试用数据,数值为虚构。,,",
  "数据来源：端到端测试来源,,",
].join("\r\n");

const workbook = makeXlsx([
  { name: "说明", rows: [["本工作簿为端到端测试而造。"]] },
  {
    name: "数据",
    rows: [["数据库：分省年度数据"], ["地区：河北省"], ["时间：1990年-1991年"], ["指标", "1991年", "1990年"], ["测试用指标 (亿元)", 1200, 1100], ["注：测试用数据。"]],
  },
]);

test.describe("importing an NBS export", () => {
  test("a GB18030 CSV is detected, mapped to the stored indicator, confirmed, and shows on the region page, the map and /stages", async ({ page }) => {
    await logIn(page);
    await page.getByLabel("数据文件").setInputFiles({ name: "分省年度数据.csv", mimeType: "text/csv", buffer: Buffer.from(encodeGb18030(provinceCsv)) });
    await page.getByRole("button", { name: "预览" }).click();

    const preview = page.getByTestId("import-preview");
    const detection = preview.getByTestId("import-detection");
    await expect(detection).toContainText("GB18030/GBK");
    await expect(detection).toContainText("国家数据：地区 × 年份");
    await expect(detection).toContainText("端到端测试来源");
    await expect(preview.getByTestId("import-skipped")).toHaveText("1");
    const indicator = preview.getByTestId("import-indicators").locator("tbody tr");
    await expect(indicator).toHaveCount(1);
    await expect(indicator).toContainText("人均地区生产总值(元/人)");
    await expect(indicator).toContainText("元/人(cny-per-capita)");
    await expect(indicator).toContainText("gdp-per-capita-cny");
    await expect(preview.locator("table").last().locator("tbody tr")).toHaveCount(3);

    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByTestId("import-done")).toContainText("已导入");
    await page.goto("/regions/tianjin");
    const figures = page.getByRole("region", { name: "全部数字" });
    // 1991 is older than the seeded years: it is listed with every year.
    await figures.getByRole("link", { name: /显示全部年份/ }).click();
    await expect(figures).toContainText("81,234");
    await expect(figures).toContainText("端到端测试来源");

    // On the map of that indicator and year, and placed in a stage (1991 has a seeded yuan rate).
    await page.goto("/regions?indicator=gdp-per-capita-cny&year=1991");
    await expect(page.getByTestId("province-tiles").locator('a[href="/regions/tianjin"]')).toHaveAttribute("data-value", "81234");
    await page.goto("/stages?year=1991");
    await expect(page.getByTestId("stage-tiles").locator('a[href="/regions/tianjin"]')).not.toHaveAttribute("data-stage", "none");
  });

  test("an .xlsx: the editor picks the sheet and the indicator, a contradicting unit is refused, a new indicator lands", async ({ page }) => {
    await logIn(page);
    await page.getByLabel("数据文件").setInputFiles({ name: "河北.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(workbook) });
    await page.getByRole("button", { name: "预览" }).click();

    // The first sheet holds no table: the problem is named and the sheets are offered.
    const issues = page.getByTestId("import-issues");
    await expect(issues.getByRole("heading", { name: /未写入任何数据/ })).toBeVisible();
    await page.getByLabel("工作表", { exact: true }).selectOption("数据");
    await page.getByRole("button", { name: "按所选重新预览" }).click();

    const preview = page.getByTestId("import-preview");
    await expect(preview.getByTestId("import-detection")).toContainText("Excel .xlsx");
    await expect(preview.getByTestId("import-detection")).toContainText("国家数据：指标 × 年份");
    await expect(preview.getByTestId("import-detection")).toContainText("“地区：”一行「河北省」");
    const row = preview.getByTestId("import-indicators").locator("tbody tr");
    await expect(row).toContainText("测试用指标 (亿元)");
    await expect(row).toContainText("亿元(cny-100m)");
    await expect(row).toContainText("新建指标");

    // Mapped by hand to an indicator in another unit: refused, and the choice can be changed back.
    const mapping = page.getByLabel("对应到:测试用指标 (亿元)");
    await mapping.selectOption("测试用指标 (亿元)=gdp-per-capita-usd");
    await page.getByRole("button", { name: "按所选重新预览" }).click();
    await expect(page.getByTestId("import-issues")).toContainText("单位与该指标已有的单位不一致");
    await page.getByLabel("对应到:测试用指标 (亿元)").selectOption("测试用指标 (亿元)=new");
    await page.getByRole("button", { name: "按所选重新预览" }).click();
    await expect(page.getByTestId("import-preview").getByTestId("import-indicators")).toContainText("新建指标");

    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByTestId("import-done")).toContainText("已导入");
    await page.getByTestId("import-done").getByRole("link", { name: "hebei" }).click();
    await expect(page).toHaveURL(/\/regions\/hebei$/);
    const figures = page.getByRole("region", { name: "全部数字" });
    await figures.getByRole("link", { name: /显示全部年份/ }).click();
    await expect(figures).toContainText("测试用指标");
    await expect(figures).toContainText("1,200");
  });

  test("the API takes the same file and choices, answers with the detection, and names a bad field", async ({ page }) => {
    await logIn(page);
    // From the page itself, so the request carries the editor's session cookie and the page's origin.
    const post = (fields: Record<string, string>) =>
      page.evaluate(
        async ({ bytes, fields }) => {
          const form = new FormData();
          form.append("file", new File([new Uint8Array(bytes)], "河北.xlsx"));
          for (const [name, value] of Object.entries(fields)) form.append(name, value);
          const response = await fetch("/api/v1/import?dryRun=1", { method: "POST", body: form });
          return { status: response.status, body: await response.json() };
        },
        { bytes: [...workbook], fields },
      );
    const ok = await post({ sheet: "数据", indicator: "测试用指标 (亿元)=new" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      written: false,
      detection: { format: "xlsx", sheet: "数据", layout: "indicators-by-years", region: "河北省", indicators: [{ label: "测试用指标 (亿元)", unit: "cny-100m" }] },
    });
    expect(ok.body.detection.indicators[0].code).toMatch(/^nbs-[0-9a-f]{8}$/);
    const bad = await post({ indicator: "测试用指标=Not A Code" });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([expect.objectContaining({ path: ["indicator", 0], message: "bad-mapping" })]);
  });
});
