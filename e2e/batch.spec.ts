import { expect, test } from "@playwright/test";

const lines = ["中国, 13953", "巴西, 10,200", "甲地, 2500", "乙地, abc"].join("\n");

test.describe("batch stage check", () => {
  test("pasted lines come back as a table, with bad lines reported by number", async ({ page }) => {
    await page.goto("/stage/batch");
    await page.getByLabel("地区与人均GDP").fill(lines);
    await page.getByRole("button", { name: "测算", exact: true }).click();

    const table = page.getByTestId("batch-table");
    await expect(table.locator("tbody tr")).toHaveCount(3);
    await expect(table.locator("tbody tr").first()).toContainText("效率驱动向创新驱动转型");
    await expect(table).toContainText("要素驱动向效率驱动转型");
    await expect(page.getByTestId("batch-line-errors")).toContainText("4");
  });

  test("the CSV download holds one row per region", async ({ page }) => {
    await page.goto("/stage/batch");
    await page.getByLabel("地区与人均GDP").fill(lines);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载 CSV" }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(4);
    expect(text).toContain("中国");
  });

  test("an empty submission gets a message next to the field", async ({ page }) => {
    await page.goto("/stage/batch");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.locator("#text-error")).toBeVisible();
  });
});
