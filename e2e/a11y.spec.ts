// Accessibility (issue 12): axe (WCAG 2.0/2.1 A and AA rules) over every page at desktop and phone widths,
// failing on any serious or critical violation; and a visible focus indicator on the stage form's controls
// and the comparison picker's pills. Both languages (Chinese at /, English at /en) at both widths, and the
// dark theme at desktop width.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { logIn } from "./editor-session";

/** The site's languages: their path prefix and the name of a chart's Table tab in them. */
const locales = [
  { name: "zh-CN", prefix: "", tableTab: "数据表" },
  { name: "en", prefix: "/en", tableTab: "Table" },
];

type PageCase = {
  path: string;
  /** Behind the editor's login. */
  isEditorOnly?: boolean;
  /** Every chart switched to its Table tab first, so the tables are checked too. */
  showsTables?: boolean;
};

/** Every route in app/ and pages/, with the states that show most (an answer, a selection, a chart). */
const pages: PageCase[] = [
  { path: "/" },
  { path: "/index" },
  { path: "/stage" },
  { path: "/stage?gdp=13953&growth=4.3&year=2025" },
  { path: "/stage?gdp=abc" },
  { path: "/stage/batch" },
  { path: "/stages" },
  { path: "/regions" },
  { path: "/regions/cn" },
  { path: "/regions/cn", showsTables: true },
  { path: "/regions/beijing" },
  { path: "/regions/compare" },
  { path: "/regions/compare?r=beijing,shanghai" },
  { path: "/zones" },
  { path: "/zones/compare" },
  { path: "/zones/compare?z=zhongguancun,suzhou-industrial-park,chengdu-hi-tech-zone" },
  { path: "/indicators" },
  { path: "/indicators/gdp-per-capita-cny" },
  { path: "/frameworks" },
  { path: "/sources" },
  { path: "/sources/doc-000" },
  { path: "/regions/atlantis" }, // the not-found page
  { path: "/admin/login" },
  { path: "/admin/import", isEditorOnly: true },
  { path: "/admin/index-specs", isEditorOnly: true },
  { path: "/admin/index-specs/default", isEditorOnly: true },
];

const widths = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

/** The runs: every language at every width in the light theme; the dark theme (the same colours in either
 * language) in Chinese at desktop width. */
const runsOf = (locale: string) => [
  ...widths.map((width) => ({ ...width, colorScheme: "light" as const })),
  ...(locale === "zh-CN" ? [{ ...widths[0], name: "desktop, dark theme", colorScheme: "dark" as const }] : []),
];

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Serious and critical violations, one line a node: the rule, its impact, the node's target and axe's summary. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`),
    );
}

for (const locale of locales) {
  for (const { name, viewport, colorScheme } of runsOf(locale.name)) {
    test.describe(`axe, ${locale.name}, ${name}`, () => {
      test.use({ viewport, colorScheme });
      for (const { path, isEditorOnly = false, showsTables = false } of pages) {
        // The English home page is /en, not /en/.
        const url = locale.prefix && path === "/" ? locale.prefix : `${locale.prefix}${path}`;
        const label = `${url}${showsTables ? " (tables shown)" : ""}`;
        test(`${label} has no serious or critical violation`, async ({ page }) => {
          // axe over a long page on a shared two-CPU machine takes a while.
          test.setTimeout(120_000);
          if (isEditorOnly) await logIn(page);
          await page.goto(url);
          await page.waitForLoadState("load");
          // A page behind the login must not be checked as the login form.
          expect(new URL(page.url()).pathname).toBe(url.split("?")[0]);
          if (showsTables) {
            const tableTabs = page.getByRole("tab", { name: locale.tableTab, exact: true });
            for (let i = 0; i < (await tableTabs.count()); i++) await tableTabs.nth(i).click();
            await expect(page.getByRole("table").first()).toBeVisible();
          }
          const found = await seriousViolations(page);
          if (found.length > 0) console.log(`${label} (${name}):\n  ${found.join("\n  ")}`);
          expect(found, found.join("\n")).toEqual([]);
        });
      }
    });
  }
}

type FocusLook = { tag: string; type: string; name: string; ring: string | null; ringOn: "control" | "label" | null };

/**
 * How the focused control shows its focus: an outline or a box-shadow at least 2 px wide whose colour differs
 * from the background behind it, on the control itself or (a checkbox's pill) on the label around it.
 */
function focusLook(page: Page): Promise<FocusLook> {
  return page.evaluate(() => {
    const parse = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const isTransparent = (colour: string) => colour === "transparent" || (parse(colour)[3] ?? 1) === 0;
    const backgroundBehind = (element: Element): string => {
      for (let at: Element | null = element.parentElement; at; at = at.parentElement) {
        const background = getComputedStyle(at).backgroundColor;
        if (!isTransparent(background)) return background;
      }
      return "rgb(255, 255, 255)";
    };
    const differs = (a: string, b: string) => {
      const [ar = 0, ag = 0, ab = 0] = parse(a);
      const [br = 0, bg = 0, bb = 0] = parse(b);
      return Math.abs(ar - br) + Math.abs(ag - bg) + Math.abs(ab - bb) > 60;
    };
    const ringOf = (element: Element): string | null => {
      const style = getComputedStyle(element);
      const background = backgroundBehind(element);
      const outline = parseFloat(style.outlineWidth);
      if (style.outlineStyle !== "none" && outline >= 2 && !isTransparent(style.outlineColor) && differs(style.outlineColor, background)) {
        return `outline ${style.outlineWidth} ${style.outlineColor} on ${background}`;
      }
      // "rgb(r, g, b) 0px 0px 0px 3px": a spread ring, each shadow's colour first.
      for (const shadow of style.boxShadow === "none" ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
        const colour = shadow.match(/rgba?\([^)]*\)/)?.[0] ?? "";
        const lengths = shadow.replace(colour, "").trim().split(/\s+/).map(parseFloat);
        const spread = lengths[3] ?? 0;
        if (!shadow.includes("inset") && spread >= 2 && !isTransparent(colour) && differs(colour, background)) {
          return `box-shadow ${shadow.trim()} on ${background}`;
        }
      }
      return null;
    };
    const focused = document.activeElement;
    if (!focused || focused === document.body) return { tag: "body", type: "", name: "", ring: null, ringOn: null };
    const tag = focused.tagName.toLowerCase();
    const type = focused.getAttribute("type") ?? "";
    const name = (focused.getAttribute("value") ?? focused.getAttribute("name") ?? focused.textContent ?? "").trim().slice(0, 40);
    const label = focused.matches("input[type=checkbox], input[type=radio]") ? focused.closest("label") : null;
    // A checkbox's pill must ring as a whole: the 13 px box alone is too small a target to see.
    if (label) {
      const ring = ringOf(label);
      return { tag, type, name, ring, ringOn: ring ? "label" : null };
    }
    const ring = ringOf(focused);
    return { tag, type, name, ring, ringOn: ring ? "control" : null };
  });
}

/** Tabs on through every control inside `within` (up to `count`), returning how each showed its focus. */
async function tabThrough(page: Page, within: string, count: number): Promise<FocusLook[]> {
  const looks: FocusLook[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    const isInside = await page.evaluate((selector) => document.activeElement?.closest(selector) !== null, within);
    if (!isInside) break;
    looks.push(await focusLook(page));
  }
  return looks;
}

for (const { name, viewport } of widths) {
  test.describe(`focus indicator, ${name}`, () => {
    test.use({ viewport });

    test("every control of the stage form shows a visible focus ring", async ({ page }) => {
      await page.goto("/stage?gdp=13953&growth=4.3&year=2025&deflator=1");
      const form = page.getByRole("form", { name: "发展阶段测算" });
      await expect(form).toBeVisible();
      // Start just before the form (its first field's Shift+Tab), then Tab into it by keyboard.
      await form.getByRole("textbox").first().focus();
      await page.keyboard.press("Shift+Tab");
      const looks = await tabThrough(page, "form[aria-label]", 20);
      // The fields (five, then three more behind the open 更多假设), the summary, the button and the example link.
      expect(looks.map((l) => l.tag)).toEqual(expect.arrayContaining(["input", "summary", "button", "a"]));
      expect(looks.length).toBeGreaterThanOrEqual(11);
      for (const look of looks) expect(look.ring, `${look.tag} ${look.name}`).not.toBeNull();
    });

    test("the comparison picker's pills ring as a whole when focused", async ({ page }) => {
      await page.goto("/regions/compare?r=beijing,shanghai");
      const picker = page.getByRole("group", { name: "选择地区" });
      await expect(picker.getByRole("checkbox", { name: /北京/ })).toBeChecked();
      // From the filter box (the picker's first control) on by keyboard, so the browser shows :focus-visible.
      await picker.getByRole("searchbox").focus();
      await page.keyboard.press("Shift+Tab");
      const looks = await tabThrough(page, "fieldset", 8);
      expect(looks[0]).toMatchObject({ type: "search", ringOn: "control" });
      const pills = looks.filter((l) => l.type === "checkbox");
      expect(pills.length).toBeGreaterThanOrEqual(6);
      for (const look of pills) expect(look, look.name).toMatchObject({ ringOn: "label" });
    });
  });
}

test("a chart is one named and described image, its SVG text hidden, its table the alternative", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByRole("figure", { name: "中国人均GDP与发展阶段" });
  await expect(chart).toHaveAccessibleDescription(/美元\/人.*“数据表”标签页/);
  // The drawing reaches the accessibility tree as one image with a name: no axis labels or numbers inside it.
  const drawing = chart.getByRole("img", { name: "中国人均GDP与发展阶段" });
  await expect(drawing).toHaveAccessibleDescription(/数据表/);
  expect((await drawing.ariaSnapshot()).trim()).toMatch(/^- img "[^"\n]+"$/);
  expect(await chart.locator("svg").count()).toBeGreaterThan(0);
  expect(await chart.locator("svg").evaluateAll((svgs) => svgs.every((svg) => svg.closest("[aria-hidden=true]") !== null))).toBe(true);
  // The data table, one tab away, reads out every figure.
  await chart.getByRole("tab", { name: "数据表" }).click();
  const table = chart.getByRole("tabpanel", { name: "数据表" }).getByRole("table");
  await expect(table).toContainText("13,953");
  await expect(table.getByRole("columnheader", { name: "出处" })).toBeVisible();
});
