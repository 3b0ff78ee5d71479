import { expect, test } from "@playwright/test";

test.describe("sources", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("a document's page offers GB/T 7714 and APA references, and the copy button puts them on the clipboard", async ({ page }) => {
    await page.goto("/sources/doc-001");
    const cite = page.getByRole("region", { name: "引用格式" });
    const gbt = cite.getByTestId("citation-gbt");
    await expect(gbt).toHaveText("石艳蕾. 科技创新和产业创新融合发展探索实践[J]. [刊名不详], 2025.");
    await expect(cite.getByTestId("citation-apa")).toHaveText(/^石艳蕾\. \(2025\)\. 科技创新和产业创新融合发展探索实践 \[Exploring .+\]\.$/);

    await cite.getByRole("button", { name: "复制GB/T 7714-2015格式" }).click();
    await expect(cite.getByRole("status").first()).toHaveText("已复制到剪贴板");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gbt.textContent());

    await cite.getByRole("button", { name: "复制APA 7格式" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await cite.getByTestId("citation-apa").textContent());
    // The page names the document, never by its file name.
    await expect(page.getByRole("main")).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  test("a statistics table's reference is an online one, with its access date and address", async ({ page }) => {
    await page.goto("/sources/gdppc-nbs-yearbook-2002");
    const gbt = page.getByRole("region", { name: "引用格式" }).getByTestId("citation-gbt");
    await expect(gbt).toContainText("国家统计局. 中国统计年鉴2002:3-9 Gross Domestic Product by Region (2001)[EB/OL]. (2002)[2026-11-27]. https://www.stats.gov.cn/");
    await expect(page.getByRole("region", { name: "引用格式" }).getByTestId("citation-apa")).toContainText("Retrieved November 27, 2026, from https://www.stats.gov.cn/");
  });

  test("the list names sources by their short titles, never by id or file name, and folds their references away", async ({ page }) => {
    await page.goto("/sources");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "《扎实推动科技创新和产业创新深度融合》" })).toHaveAttribute("href", "/sources/doc-000");
    await expect(main.getByRole("link", { name: "《中国统计年鉴2002》" })).toHaveAttribute("href", "/sources/gdppc-nbs-yearbook-2002");
    // Document files are named like 000_4353c1ad041446f5.txt; statistics keep their retrieved text under seed/references/.
    await expect(main).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
    await expect(main).not.toContainText(/文献\d{3}/);

    const card = page.getByTestId("document-source").filter({ hasText: "石艳蕾" });
    await card.getByText("引用格式").click();
    await expect(card.getByTestId("citation-gbt")).toBeVisible();
    await expect(card.getByRole("button", { name: "复制GB/T 7714-2015格式" })).toBeVisible();
  });

  test("without JavaScript the reference is plain selectable text and no dead button shows", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sources/doc-003");
    await expect(page.getByTestId("citation-gbt")).toContainText("[EB/OL]");
    await expect(page.getByRole("button", { name: /复制/ })).toHaveCount(0);
    await context.close();
  });
});
