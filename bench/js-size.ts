// bench/js-size: JavaScript each page ships before its load event, as gzip bytes (zlib default level of each
// script body, so the figure does not depend on how the server happened to compress).
// Usage: npx tsx bench/js-size.ts   → prints the section as JSON.
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { startServer } from "./lib/server";
import { runIfMain, type BenchSection } from "./lib/types";

const pages = [
  "/",
  "/stage?gdp=13953&growth=4.3&year=2025",
  "/stage/batch",
  "/regions",
  "/regions/cn",
  "/regions/compare?r=cn,world",
  "/indicators",
  "/indicators/gdp-per-capita-usd",
  "/zones",
  "/zones/compare?z=zhangjiang-science-city,suzhou-industrial-park",
  "/frameworks",
  "/index",
  "/sources",
  "/sources/doc-000",
  "/admin/login",
  // English pages run the same code with the other catalogue: the client parts take their text as props.
  "/en",
  "/en/index",
  "/en/stage/batch",
];
const kb = 1024;
const budgetKb = (path: string) => (path === "/" || path === "/en" ? 130 : 180);

/** Script URL → gzip bytes, for every script response that arrived before the load event. */
async function scriptsBeforeLoad(browser: Browser, url: string): Promise<Map<string, number>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies = new Map<string, Promise<number>>();
    let loaded = false;
    page.on("response", (response) => {
      if (loaded || response.request().resourceType() !== "script") return;
      bodies.set(response.url(), response.body().then((body) => gzipSync(body).length));
    });
    const response = await page.goto(url, { waitUntil: "load" });
    loaded = true;
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    return new Map(await Promise.all([...bodies].map(async ([src, size]) => [src, await size] as const)));
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchSection> {
  const server = await startServer({ port: 3211 });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const rows: BenchSection["rows"] = [];
    let home = new Map<string, number>();
    for (const path of pages) {
      const scripts = await scriptsBeforeLoad(browser, server.url + path);
      if (path === "/") home = scripts;
      const total = [...scripts.values()].reduce((sum, n) => sum + n, 0);
      rows.push({
        measure: `JS before load ${path}`,
        value: `${(total / kb).toFixed(1)} KB gzip (${scripts.size} scripts)`,
        target: `≤ ${budgetKb(path)} KB`,
        pass: total <= budgetKb(path) * kb,
      });
    }
    const largest = [...home].sort((a, b) => b[1] - a[1]).slice(0, 5);
    return {
      title: "JavaScript shipped (gzip, scripts loaded before the load event)",
      rows,
      notes: [
        `Largest scripts of /: ${largest.map(([src, n]) => `${new URL(src).pathname.split("/").pop()} ${(n / kb).toFixed(1)} KB`).join(", ")}.`,
      ],
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

runIfMain(import.meta.url, run);
