import { expect, test } from "@playwright/test";

for (const path of ["/", "/stage?gdp=13953&growth=4.3&year=2025", "/stage/batch", "/sources", "/sources/doc-003", "/regions", "/regions/cn", "/indicators", "/zones", "/zones/compare?z=zhangjiang-science-city,suzhou-industrial-park,guangming-science-city", "/regions/compare?r=cn,world", "/frameworks"]) {
  test(`${path} fits a phone screen`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Phones get the narrow rendering of each chart.
    const charts = page.locator(".chart__canvas--mobile svg");
    for (const chart of await charts.all()) await expect(chart).toBeVisible();
  });
}
