import { expect, test } from "@playwright/test";
import { editorPassword } from "../playwright.config";
import { figuresCsv as csv, logIn } from "./editor-session";

test.describe("editor", () => {
  test("a wrong password is refused next to the field", async ({ page }) => {
    await page.goto("/admin/login");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#password-error")).toHaveText("密码不正确。");
    await expect(page.getByLabel("密码")).toHaveAttribute("aria-invalid", "true");
  });

  test("a valid file is previewed, confirmed, and its figure shows on the region page", async ({ page }) => {
    await logIn(page);
    await page.getByLabel("数据文件").setInputFiles(csv(["industrial-rnd-intensity,湖北,2024,2.35,e2e 示例,端到端测试导入"]));
    await page.getByRole("button", { name: "预览" }).click();
    const preview = page.getByTestId("import-preview");
    await expect(preview.locator("tbody tr")).toHaveCount(1);
    await expect(preview.locator("tbody tr")).toContainText("hubei");
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByTestId("import-done")).toContainText("已导入");

    await page.getByTestId("import-done").getByRole("link", { name: "hubei" }).click();
    await expect(page).toHaveURL(/\/regions\/hubei$/);
    await expect(page.getByRole("region", { name: "全部数字" })).toContainText("2.35%");
    await expect(page.getByRole("region", { name: "全部数字" })).toContainText("e2e 示例");

    // The source the file named is listed with the imported sources and links back to the figure.
    await page.goto("/sources");
    await page.getByRole("region", { name: "导入数据的出处" }).getByRole("link", { name: "e2e 示例" }).click();
    await expect(page.getByRole("table")).toContainText("2.35%");
  });

  test("a file over 20 MB is refused next to the field before it is sent", async ({ page }) => {
    await logIn(page);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    const big = Buffer.alloc(20_000_001, "a");
    await page.getByLabel("数据文件").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: big });
    await expect(page.locator("#file-error")).toContainText("20 MB");
    await expect(page.getByLabel("数据文件")).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "预览" }).click();
    await expect(page.locator("#file-error")).toContainText("20 MB");
    expect(posts).toEqual([]);
    // A file within the limit clears the message.
    await page.getByLabel("数据文件").setInputFiles(csv(["industrial-rnd-intensity,henan,2024,1.9,ok,fine"]));
    await expect(page.locator("#file-error")).toHaveCount(0);
  });

  test("a bad file lists every bad row and changes nothing", async ({ page, request }) => {
    const before = await (await request.get("/api/v1/observations?region=henan")).json();
    await logIn(page);
    await page.getByLabel("数据文件").setInputFiles(csv([
      "industrial-rnd-intensity,henan,2024,1.9,ok,fine",
      "industrial-rnd-intensity,henan,2023,abc,ok,bad number",
      "industrial-rnd-intensity,atlantis,2024,1,ok,bad region",
      "gdp-per-capita-usd,henan,2024,-5,ok,negative",
      "industrial-rnd-intensity,henan,2024,2.0,ok,duplicate",
    ]));
    await page.getByRole("button", { name: "预览" }).click();
    const issues = page.getByTestId("import-issues");
    await expect(issues.getByRole("heading")).toHaveText("文件有 4 处问题，未写入任何数据");
    await expect(issues.locator("tbody tr")).toHaveCount(4);
    for (const line of ["第 3 行", "第 4 行", "第 5 行", "第 6 行"]) await expect(issues).toContainText(line);
    await expect(page.getByRole("button", { name: "确认导入" })).toHaveCount(0);
    expect(await (await request.get("/api/v1/observations?region=henan")).json()).toEqual(before);
  });

  test("a write without a session or from another origin is refused", async ({ request, baseURL }) => {
    const multipart = { file: csv(["industrial-rnd-intensity,hubei,2020,1,x,y"]) };
    const anonymous = await request.post("/api/v1/import", { multipart, headers: { origin: baseURL! } });
    expect(anonymous.status()).toBe(401);
    const foreign = await request.post("/api/v1/import", { multipart, headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
  });

  test("a malformed or near-miss Origin is refused with 403 JSON, never a 500", async ({ request, baseURL }) => {
    const multipart = { file: csv(["industrial-rnd-intensity,hubei,2020,1,x,y"]) };
    const site = new URL(baseURL!);
    const otherPort = `http://${site.hostname}:${Number(site.port) + 1}`;
    for (const origin of ["null", "http://[", "not a url", `https://${site.host}`, otherPort, `http://${site.host}.evil.example`]) {
      const response = await request.post("/api/v1/import", { multipart, headers: { origin } });
      expect(response.status(), origin).toBe(403);
      expect(await response.json(), origin).toEqual({ error: "Cross-origin write refused" });
    }
  });

  test("after login only a path on this site is followed: anything else lands on the import page", async ({ page, baseURL }) => {
    for (const next of ["//2130706433/x", "/\\evil.example/x", "https://evil.example/", "javascript:alert(1)"]) {
      await page.context().clearCookies();
      await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
      await page.getByLabel("密码").fill(editorPassword);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page, next).toHaveURL(`${baseURL}/admin/import`);
    }
    await page.context().clearCookies();
    await page.goto(`/admin/login?next=${encodeURIComponent("/regions/hubei")}`);
    await page.getByLabel("密码").fill(editorPassword);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(`${baseURL}/regions/hubei`);
  });
});

test.describe("security headers", () => {
  test("pages carry a CSP the charts and scripts work under", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));
    const response = await page.goto("/stage/batch");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // The batch form is a client island: its result appears without a page load only if scripts ran.
    await page.getByLabel("地区与人均GDP").fill("甲, 2500");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.getByTestId("batch-table")).toBeVisible();
    await page.goto("/zones/compare?z=zhangjiang-science-city,suzhou-industrial-park");
    expect(violations).toEqual([]);
  });
});
