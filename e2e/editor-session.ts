// Shared by the specs that write through the editor: a CSV upload, the login that allows it, and requests
// from loopback addresses of their own for the login-limit tests.
import { request as httpRequest } from "node:http";
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
  // The login page's own address (/admin/login?next=/admin/import) also ends in /admin/import: wait for
  // the path itself to change.
  await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/import");
}

/** Uploads rows through the import page and confirms them. */
export async function importRows(page: Page, rows: string[]) {
  await page.getByLabel("数据文件").setInputFiles(figuresCsv(rows));
  await page.getByRole("button", { name: "预览" }).click();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("import-done")).toContainText("已导入");
}

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP request sent from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the loopback
 * interface): the login limit counts clients by the address the server sees, so each test that spends
 * failed logins uses addresses of its own and never blocks the browser's 127.0.0.1.
 */
export function fromAddress(
  localAddress: string,
  baseURL: string,
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** A loopback address no other test (and no earlier run against the same server) has used. */
export function freshLoopbackAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `127.${octet()}.${octet()}.${octet()}`;
}
