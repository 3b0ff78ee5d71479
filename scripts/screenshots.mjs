// Screenshots of pages at desktop and phone widths, for looking at a change before committing it.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:3000 /path /other?x=1 …  → e2e/.output/shots/*.png
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
const widths = { desktop: 1440, phone: 390 };
const outDir = "e2e/.output/shots";
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const path of paths.length ? paths : ["/"]) {
  for (const [name, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(base + path, { waitUntil: "networkidle" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    // Long phone pages shrink to nothing when viewed whole: also save them in screen-sized tiles.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const tile = 1100;
    for (let y = 0, n = 1; width < 800 && height > tile * 1.5 && y < height; y += tile, n++) {
      const clip = { x: 0, y, width, height: Math.min(tile, height - y) };
      await page.screenshot({ path: file.replace(/\.png$/, `-${n}.png`), fullPage: true, clip });
    }
    console.log(`${file}${overflow > 0 ? `  (overflows by ${overflow}px)` : ""}`);
    await page.close();
  }
}
await browser.close();
