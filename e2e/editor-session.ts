// Shared by the specs that write through the editor: a CSV upload and the login that allows it.
import { expect, type Page } from "@playwright/test";
import { editorPassword } from "../playwright.config";

export const figuresCsv = (rows: string[]) => ({
  name: "figures.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(["indicator,region,year,value,source,note", ...rows].join("\n")),
});

export async function logIn(page: Page) {
  await page.goto("/admin/import");
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.getByLabel("密码").fill(editorPassword);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin\/import$/);
}

/** Uploads rows through the import page and confirms them. */
export async function importRows(page: Page, rows: string[]) {
  await page.getByLabel("数据文件").setInputFiles(figuresCsv(rows));
  await page.getByRole("button", { name: "预览" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("已导入");
}
