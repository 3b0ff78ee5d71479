// English under /en (issue 12): the switch keeps the page and its state, <html lang> follows the language,
// the home page follows the browser's language until the reader chooses, and an English page shows no
// Chinese outside what is marked as Chinese (stored prose such as a document's own wording, lang="zh-CN").
import { expect, test, type Page } from "@playwright/test";
import { logIn } from "./editor-session";

/** Han characters on the page outside elements marked lang="zh-CN" (and outside the switch to Chinese). */
function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (!han.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="zh-CN"], [lang="zh"], script, style, [hidden]')) continue;
      found.push(`${parent.tagName.toLowerCase()}.${parent.className || ""}: ${text.trim().slice(0, 60)}`);
    }
    // Accessible names and descriptions too: an aria-label in Chinese is read out in an English voice.
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (element.closest('[lang="zh-CN"], [lang="zh"]')) continue;
      for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(attribute);
        if (value && han.test(value)) found.push(`${element.tagName.toLowerCase()}[${attribute}]: ${value.slice(0, 60)}`);
      }
    }
    return found;
  });
}

const englishPages = [
  "/en",
  "/en/index",
  "/en/stage",
  "/en/stage?gdp=13953&growth=4.3&year=2025",
  "/en/stage?gdp=abc",
  "/en/stage/batch",
  "/en/stages",
  "/en/regions",
  "/en/regions/cn",
  "/en/regions/jiangsu",
  "/en/regions/cn/report",
  "/en/regions/compare?r=beijing,shanghai",
  "/en/zones",
  "/en/zones/compare?z=zhongguancun,suzhou-industrial-park",
  "/en/indicators",
  "/en/indicators/gdp-per-capita-cny",
  "/en/frameworks",
  "/en/sources",
  "/en/sources/doc-000",
  "/en/regions/atlantis",
  "/en/admin/login",
];

test.describe("English pages", () => {
  for (const path of englishPages) {
    test(`${path} is in English, with any Chinese marked as such`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const leftovers = await unmarkedChinese(page);
      expect(leftovers, leftovers.join("\n")).toEqual([]);
    });
  }

  test("the editor's pages are in English too", async ({ page }) => {
    await logIn(page);
    for (const path of ["/en/admin/import", "/en/admin/index-specs", "/en/admin/index-specs/default"]) {
      await page.goto(path);
      expect(new URL(page.url()).pathname).toBe(path);
      const leftovers = await unmarkedChinese(page);
      expect(leftovers, `${path}\n${leftovers.join("\n")}`).toEqual([]);
    }
  });
});

test("the language switch keeps the page and its selection, both ways", async ({ page }) => {
  await page.goto("/regions/compare?r=beijing,shanghai");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/en\/regions\/compare\?r=beijing(%2C|,)shanghai$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("checkbox", { name: /Beijing/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Shanghai/ })).toBeChecked();
  // Links on the English page stay in English.
  const navHrefs = await page.locator(".site-nav__row a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(navHrefs.every((href) => href === "/en" || href?.startsWith("/en/"))).toBe(true);

  await page.getByRole("link", { name: "阅读本页的中文版" }).click();
  await expect(page).toHaveURL(/\/regions\/compare\?r=beijing(%2C|,)shanghai$/);
  expect(new URL(page.url()).pathname).toBe("/regions/compare");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("checkbox", { name: /北京/ })).toBeChecked();
});

test("the stage form answers in English and stays in English", async ({ page }) => {
  await page.goto("/en/stage");
  await page.getByLabel(/GDP per capita \(USD\)/).fill("13,953");
  await page.getByLabel(/growth/i).first().fill("4.3");
  await page.getByRole("button", { name: /Calculate|Check/ }).click();
  await expect(page).toHaveURL(/\/en\/stage\?/);
  await expect(page.locator("#answer")).toContainText(/USD/);
  await expect(page.locator("#answer")).toBeInViewport();
  expect(await unmarkedChinese(page)).toEqual([]);
});

test.describe("a browser that prefers English", () => {
  test.use({ locale: "en-GB", extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } });

  test("gets the English home page until it chooses Chinese, and deep links keep their language", async ({ page }) => {
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/regions/cn");
    expect(new URL(page.url()).pathname).toBe("/regions/cn");
    await page.goto("/en");
    await page.getByRole("link", { name: "阅读本页的中文版" }).click();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });
});

test("the switch refuses a target off the site, naming the field", async ({ request }) => {
  const answer = await request.get("/lang?to=en&next=//evil.example/", { maxRedirects: 0 });
  expect(answer.status()).toBe(400);
  expect(await answer.json()).toMatchObject({ issues: [{ path: ["next"] }] });
});
