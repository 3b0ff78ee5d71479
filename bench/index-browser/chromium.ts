// Runs bench/index's measurements in headless Chromium: bundles page.ts and worker.ts with esbuild in
// memory (lib/index and zod included, as the site's own worker would ship them), serves them from a
// throwaway node:http server on a free port, and returns what the page reports, parsed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { z } from "zod";
import { indexTimingsSchema, whatIfTimingsSchema, type IndexTimingOptions } from "../lib/index-timing";

const pageResultSchema = z.object({
  worker: indexTimingsSchema,
  progressMessages: z.number().int(),
  lastProgress: z.tuple([z.number(), z.number()]).nullable(),
  mainThread: whatIfTimingsSchema,
});
export type ChromiumIndexResult = z.infer<typeof pageResultSchema> & { browserVersion: string; workerKb: number };

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SYNTHETIC index benchmark</title></head>
<body><p>bench/index: synthetic data only.</p><script src="/page.js"></script></body></html>`;

async function bundle(): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: { page: "bench/index-browser/page.ts", worker: "bench/index-browser/worker.ts" },
    bundle: true,
    write: false,
    outdir: "/bench-index",
    alias: { "@": "." },
    format: "iife",
    target: "es2022",
    minify: true,
    logLevel: "warning",
  });
  return new Map(result.outputFiles.map((file) => [file.path.replace(/^\/bench-index/, ""), file.text]));
}

export async function measureInChromium(options: IndexTimingOptions): Promise<ChromiumIndexResult> {
  const scripts = await bundle();
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    const script = scripts.get(path);
    if (path === "/") response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else if (script !== undefined) response.writeHead(200, { "content-type": "application/javascript; charset=utf-8" }).end(script);
    else response.writeHead(404).end();
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "load" });
    // A string, not a function: tsx's transpiled functions can reference helpers that do not exist in the page.
    const raw: unknown = await page.evaluate(`runIndexBench(${JSON.stringify(options)})`);
    if (errors.length) throw new Error(`the benchmark page failed: ${errors.join("; ")}`);
    return { ...pageResultSchema.parse(raw), browserVersion: browser.version(), workerKb: Buffer.byteLength(scripts.get("/worker.js") ?? "") / 1024 };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
