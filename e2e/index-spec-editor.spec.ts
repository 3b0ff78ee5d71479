// The index spec editor: an editor copies the starter framework, changes one pillar's weight and saves it;
// the list shows it, "导出 JSON" downloads it, it is deleted and the downloaded file imported back; a
// broken file is listed problem by problem. And the spec API: reads for everyone, writes for editors.
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { editorPassword } from "../playwright.config";

const key = "e2e-talent-heavy";

async function logInTo(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.getByLabel("密码").fill(editorPassword);
  await page.getByRole("button", { name: "登录" }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(path);
}

test.describe("index spec editor", () => {
  test("create from the default, export, delete, import back; a broken file lists its problems", async ({ page, request, baseURL }) => {
    await logInTo(page, "/admin/index-specs");
    // A spec left by an earlier run against the same store goes first (the browser's session deletes it).
    const removeSaved = () => page.request.delete(`/api/v1/index/spec/${key}`, { headers: { origin: baseURL! } });
    await removeSaved();
    await page.reload();
    const builtinRow = page.getByTestId("spec-row-default");
    await expect(builtinRow).toContainText("内置");
    await expect(builtinRow.getByRole("button", { name: /删除/ })).toHaveCount(0);
    await builtinRow.getByRole("link", { name: "以此新建" }).click();
    await expect(page).toHaveURL(/\/admin\/index-specs\/default$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建框架");

    // A bad weight and coverage without "%" are refused next to their fields; what was typed stays.
    const talent = page.getByRole("group", { name: /支柱 4/ });
    await page.getByLabel("键", { exact: true }).fill(key);
    await talent.getByLabel("支柱权重").fill("很重");
    await page.getByLabel("最低数据覆盖").fill("60");
    await page.getByRole("button", { name: "保存框架" }).click();
    await expect(page.getByTestId("spec-form-errors")).toContainText("2 处问题");
    await expect(page.getByRole("group", { name: /支柱 4/ }).getByLabel("支柱权重")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#spec-pillars-3-weight-error")).toContainText("不是数字");
    await expect(page.locator("#spec-coverage-error")).toContainText("60%");
    await expect(page.getByLabel("键", { exact: true })).toHaveValue(key);
    await expect(page.getByRole("group", { name: /支柱 4/ }).getByLabel("支柱权重")).toHaveValue("很重");

    // Adding an indicator row and removing it again leaves the form as it was.
    await page.getByRole("group", { name: /支柱 2/ }).getByRole("button", { name: "添加指标" }).click();
    await expect(page.getByRole("group", { name: /支柱 2/ }).getByRole("group", { name: /指标/ })).toHaveCount(2);
    await page.getByRole("button", { name: "删除支柱 2 的指标 2" }).click();
    await expect(page.getByRole("group", { name: /支柱 2/ }).getByRole("group", { name: /指标/ })).toHaveCount(1);

    await page.getByRole("group", { name: /支柱 4/ }).getByLabel("支柱权重").fill("3");
    await page.getByLabel("最低数据覆盖").fill("60%");
    await page.getByRole("button", { name: "保存框架" }).click();
    await expect(page).toHaveURL(/\/admin\/index-specs\?created=/);
    await expect(page.getByTestId("spec-notice")).toHaveText(`已新建框架 ${key}。`);
    const row = page.getByTestId(`spec-row-${key}`);
    await expect(row).toContainText("已保存");
    await expect(row).toContainText("1.0.0");

    // The download is the spec, with the changed weight and the starter's citations.
    const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "导出 JSON" }).click()]);
    expect(download.suggestedFilename()).toBe(`kechan-index-spec-${key}-1.0.0.json`);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, "utf8"));
    expect(exported.key).toBe(key);
    expect(exported.pillars[3].weight).toBe(3);
    expect(exported.pillars[0].weight).toBe(1);
    expect(exported.pillars[3].cite.length).toBeGreaterThan(0);

    await row.getByRole("button", { name: `删除框架 ${key}` }).click();
    await expect(page.getByTestId("spec-notice")).toHaveText(`已删除框架 ${key}。`);
    await expect(page.getByTestId(`spec-row-${key}`)).toHaveCount(0);
    expect((await request.get(`/api/v1/index/spec/${key}`)).status()).toBe(404);

    // The exported file imports back unchanged.
    await page.getByLabel("框架文件").setInputFiles(file);
    await page.getByRole("button", { name: "导入" }).click();
    await expect(page.getByTestId("spec-notice")).toHaveText(`已新建框架 ${key}。`);
    expect(await (await request.get(`/api/v1/index/spec/${key}`)).json()).toEqual(exported);

    // Again without "replace": refused at the file; a broken file: every problem by its path.
    await page.getByLabel("框架文件").setInputFiles(file);
    await page.getByRole("button", { name: "导入" }).click();
    await expect(page.locator("#spec-file-error")).toContainText("替换已保存的同键框架");
    const broken = { ...exported, version: "v2", pillars: [{ ...exported.pillars[0], weight: -1 }, ...exported.pillars.slice(1)] };
    await page.getByLabel("框架文件").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole("button", { name: "导入" }).click();
    const issues = page.getByTestId("spec-import-issues");
    await expect(issues).toContainText("broken.json");
    await expect(issues.getByRole("listitem").filter({ hasText: "version" })).toContainText("1.0.0");
    await expect(issues.getByRole("listitem").filter({ hasText: "pillars.0.weight" })).toContainText("权重不能为负");
    await page.getByLabel("框架文件").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    await page.getByRole("button", { name: "导入" }).click();
    await expect(page.locator("#spec-file-error")).toContainText("不是有效的 JSON");

    // The saved spec opens for editing under its own key; saving it again replaces it in place.
    await page.getByTestId(`spec-row-${key}`).getByRole("link", { name: "编辑" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`编辑框架 ${key}`);
    await page.getByLabel("名称", { exact: true }).fill("人才加权（改）");
    await page.getByRole("button", { name: "保存框架" }).click();
    await expect(page.getByTestId("spec-notice")).toHaveText(`已替换框架 ${key}。`);
    await expect(page.getByTestId(`spec-row-${key}`)).toContainText("人才加权（改）");
    expect((await removeSaved()).status()).toBe(204);
  });
});

test.describe("index spec API", () => {
  const spec = async (request: APIRequestContext) => (await request.get("/api/v1/index/spec/default")).json();

  test("reads the built-in spec and the list; an unknown key is 404, a bad one 400", async ({ request }) => {
    const list = await (await request.get("/api/v1/index/spec")).json();
    expect(list.specs).toContainEqual({ key: "default", version: "1.0.0", title: expect.any(String), titleEn: expect.any(String), builtin: true, savedAt: null });
    const got = await request.get("/api/v1/index/spec/default?download=1");
    expect(got.status()).toBe(200);
    expect(got.headers()["content-disposition"]).toBe('attachment; filename="kechan-index-spec-default-1.0.0.json"');
    expect((await got.json()).pillars).toHaveLength(5);
    expect((await request.get("/api/v1/index/spec/no-such-spec")).status()).toBe(404);
    expect((await request.get("/api/v1/index/spec/Bad_Key")).status()).toBe(400);
    expect((await request.get("/api/v1/index/spec/default?download=maybe")).status()).toBe(400);
  });

  test("writes need a session and our origin", async ({ request, baseURL }) => {
    const body = { ...(await spec(request)), key: "e2e-anonymous" };
    expect((await request.post("/api/v1/index/spec", { data: body, headers: { origin: baseURL! } })).status()).toBe(401);
    expect((await request.post("/api/v1/index/spec", { data: body, headers: { origin: "https://evil.example" } })).status()).toBe(403);
    expect((await request.delete("/api/v1/index/spec/e2e-anonymous", { headers: { origin: baseURL! } })).status()).toBe(401);
  });

  test("an editor posts, replaces and deletes; bad bodies are 400 naming fields, the built-in key 409, a huge body 413", async ({ request, baseURL }) => {
    const origin = { origin: baseURL! };
    expect((await request.post("/api/v1/session", { data: { password: editorPassword } })).status()).toBe(200);
    const body = { ...(await spec(request)), key: "e2e-api-spec", title: "接口保存的框架" };
    await request.delete("/api/v1/index/spec/e2e-api-spec", { headers: origin });

    const created = await request.post("/api/v1/index/spec", { data: body, headers: origin });
    expect(created.status()).toBe(201);
    expect(created.headers()["location"]).toBe("/api/v1/index/spec/e2e-api-spec");
    expect((await request.post("/api/v1/index/spec", { data: body, headers: origin })).status()).toBe(200);
    expect(await (await request.get("/api/v1/index/spec/e2e-api-spec")).json()).toEqual(body);

    const notJson = await request.post("/api/v1/index/spec", { headers: { ...origin, "content-type": "application/json" }, data: Buffer.from("{ nope") });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toBe("body: not valid JSON");
    const bad = await request.post("/api/v1/index/spec", { data: { ...body, version: "2", pillars: [{ ...body.pillars[0], weight: "x" }] }, headers: origin });
    expect(bad.status()).toBe(400);
    const answer = await bad.json();
    expect(answer.error).toBe("Invalid input: version, pillars.0.weight");
    expect(answer.issues.map((i: { path: (string | number)[] }) => i.path)).toEqual([["version"], ["pillars", 0, "weight"]]);
    expect((await request.post("/api/v1/index/spec", { data: await spec(request), headers: origin })).status()).toBe(409);
    const huge = await request.post("/api/v1/index/spec", { data: { ...body, padding: "x".repeat(300_000) }, headers: origin });
    expect(huge.status()).toBe(413);

    expect((await request.delete("/api/v1/index/spec/default", { headers: origin })).status()).toBe(409);
    expect((await request.delete("/api/v1/index/spec/e2e-api-spec", { headers: origin })).status()).toBe(204);
    expect((await request.delete("/api/v1/index/spec/e2e-api-spec", { headers: origin })).status()).toBe(404);
  });
});
