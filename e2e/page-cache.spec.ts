import { expect, test, type APIResponse } from "@playwright/test";
import { importRows, logIn } from "./editor-session";

// A query string no page reads makes a URL no other test has opened, so the cache starts cold for it.
const unseen = (path: string) => `${path}?cache-probe=${Date.now()}-${Math.random().toString(36).slice(2)}`;
const scriptNonce = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test.describe("page cache", () => {
  test("a page opened again is sent from memory, each time with a nonce of its own", async ({ request }) => {
    const path = unseen("/regions/shaanxi");
    const responses: APIResponse[] = [];
    for (let i = 0; i < 3; i++) responses.push(await request.get(path));
    expect(responses.map((r) => r.headers()["x-kechan-cache"])).toEqual([undefined, "miss", "hit"]);
    const nonces = responses.map(scriptNonce);
    expect(new Set(nonces).size).toBe(3);
    for (const [i, response] of responses.entries()) {
      const html = await response.text();
      expect(html).toContain(`nonce="${nonces[i]}"`);
      for (const other of nonces.filter((n) => n !== nonces[i])) expect(html).not.toContain(other!);
    }
  });

  test("a cached page still runs its scripts", async ({ page }) => {
    const path = unseen("/stage/batch");
    for (let i = 0; i < 2; i++) await page.goto(path);
    const response = await page.goto(path);
    expect(response!.headers()["x-kechan-cache"]).toBe("hit");
    // The batch form is a React island: it answers without a page load only if its scripts ran.
    await page.getByLabel("地区与人均GDP").fill("甲, 2500");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.getByTestId("batch-table")).toContainText("甲");
  });

  test("an import empties the cache, so the next view shows the new figure", async ({ page, request }) => {
    for (let i = 0; i < 3; i++) await request.get("/regions/gansu");
    const cached = await request.get("/regions/gansu");
    expect(cached.headers()["x-kechan-cache"]).toBe("hit");
    expect(await cached.text()).not.toContain("e2e 缓存");

    await logIn(page);
    await importRows(page, ["industrial-rnd-intensity,gansu,2023,1.23,e2e 缓存,导入后页面应当更新"]);

    const fresh = await request.get("/regions/gansu");
    expect(fresh.headers()["x-kechan-cache"]).not.toBe("hit");
    expect(await fresh.text()).toContain("e2e 缓存");
  });
});
