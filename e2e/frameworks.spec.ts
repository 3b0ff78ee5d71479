import { expect, test } from "@playwright/test";

const frameworkHeadings = [
  "四链协同与创新闭环",
  "卡点堵点与破解路径",
  "融合的三种动力",
  "光明科学城“蝴蝶模型”",
  "跟跑、并跑、领跑：按产业分类施策",
  "未来产业方向",
];

test.describe("frameworks", () => {
  test("shows every framework with nodes that cite their source document", async ({ page }) => {
    await page.goto("/frameworks");
    await expect(page.getByRole("heading", { level: 1, name: "概念框架" })).toBeVisible();
    for (const name of frameworkHeadings) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }

    const demandPull = page.getByTestId("framework-node-demand-pull");
    await expect(demandPull.getByRole("link", { name: "需求牵引" })).toHaveAttribute("href", "/sources/doc-001");
    await expect(demandPull).toContainText("产业链");
    await expect(demandPull).toContainText("《科技创新和产业创新融合发展探索实践》");
    await expect(demandPull).not.toContainText("文献001");

    const policy = page.getByTestId("framework-node-f-policy-support");
    await expect(policy).toContainText("0.38%");
    await expect(page.getByTestId("framework-node-f-demand-pull")).toContainText("23%");
    await expect(page.getByTestId("framework-node-s-following")).toContainText("集成电路");
  });

  test("following a node's link opens the document it cites", async ({ page }) => {
    await page.goto("/frameworks");
    await page.getByTestId("framework-link-bf-head").click();
    await expect(page).toHaveURL(/\/sources\/doc-003$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("fits a phone-width screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/frameworks");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
