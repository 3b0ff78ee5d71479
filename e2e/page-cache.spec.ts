import { expect, test, type APIResponse } from "@playwright/test";
import { importRows, logIn } from "./editor-session";

// A query string no page reads makes a URL no other test has opened, so the cache starts cold for it.
const unseen = (path: string) => `${path}?cache-probe=${Date.now()}-${Math.random().toString(36).slice(2)}`;
const scriptNonce = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

test.describe("page cache", () => {
  test("a page opened again is sent from memory, each time with a nonce of its own", async ({ request }) => {
    const path = unseen("/regions/shaanxi");
    const responses = [await request.get(path)];
    expect(responses[0]!.headers()["x-kechan-cache"]).toBeUndefined(); // first sight: rendered by Next directly
    // Polled: an import by a test in the other worker empties the cache, which only delays the hit.
    await expect
      .poll(async () => {
        responses.push(await request.get(path));
        return responses.at(-1)!.headers()["x-kechan-cache"];
      })
      .toBe("hit");
    expect(responses[1]!.headers()["x-kechan-cache"]).toBe("miss");
    const nonces = responses.map(scriptNonce);
    expect(new Set(nonces).size).toBe(responses.length);
    for (const [i, response] of responses.entries()) {
      const html = await response.text();
      expect(html).toContain(`nonce="${nonces[i]}"`);
      for (const other of nonces.filter((n) => n !== nonces[i])) expect(html).not.toContain(other!);
    }
  });

  test("a cached page still runs its scripts", async ({ page }) => {
    const path = unseen("/stage/batch");
    await expect.poll(async () => (await page.goto(path))!.headers()["x-kechan-cache"]).toBe("hit");
    // The batch form is a React island: it answers without a page load only if its scripts ran.
    await page.getByLabel("地区与人均GDP").fill("甲, 2500");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.getByTestId("batch-table")).toContainText("甲");
  });

  test("an import empties the cache, so the next view shows the new figure", async ({ page, request }) => {
    let cached = await request.get("/regions/gansu");
    await expect
      .poll(async () => {
        cached = await request.get("/regions/gansu");
        return cached.headers()["x-kechan-cache"];
      })
      .toBe("hit");
    expect(await cached.text()).not.toContain("e2e 缓存");

    await logIn(page);
    await importRows(page, ["industrial-rnd-intensity,gansu,2023,1.23,e2e 缓存,导入后页面应当更新"]);

    const fresh = await request.get("/regions/gansu");
    expect(fresh.headers()["x-kechan-cache"]).not.toBe("hit");
    expect(await fresh.text()).toContain("e2e 缓存");
  });
});
