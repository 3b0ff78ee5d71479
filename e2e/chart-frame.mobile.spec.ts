// On a 390 px phone no chart text is shown smaller than 11 px: measured as drawn (font size × the SVG's scale),
// not as the option asked.
import { expect, test } from "@playwright/test";

for (const path of ["/", "/regions/cn", "/stages", "/stage?gdp=13953&growth=4.3&year=2025"]) {
  test(`chart text on ${path} is at least 11 px on a phone`, async ({ page }) => {
    await page.goto(path);
    const svgs = page.locator(".chart__canvas--mobile svg");
    expect(await svgs.count()).toBeGreaterThan(0);
    const smallest = await svgs.evaluateAll((all) =>
      Math.min(
        ...all.filter((svg) => svg.getBoundingClientRect().width > 0).flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
  });
}
