// The physical floor for bench/paint: saved page HTML plus the build's /_next/static and public/ files, served by bare
// node:http with gzip (as `next start` compresses), so the only difference left is server-side rendering.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
const isText = (type: string) => /^(text\/|application\/(javascript|json)|image\/svg)/.test(type);

export type StaticServer = { url: string; stop(): Promise<void> };

/** `pages` maps a request path with its query (`/stage?gdp=1`) to the HTML saved for it. */
export async function startStaticServer(options: { port: number; pages: Map<string, string> }): Promise<StaticServer> {
  const buildRoot = resolve(".next/static");
  const publicRoot = resolve("public");
  const server = createServer(async (request, response) => {
    const path = request.url ?? "/";
    let body: Buffer;
    let type: string;
    const html = options.pages.get(path);
    if (html !== undefined) {
      body = Buffer.from(html);
      type = contentTypes[".html"]!;
    } else {
      const root = path.startsWith("/_next/static/") ? buildRoot : publicRoot;
      const file = resolve(root, decodeURIComponent(path.replace(/^\/_next\/static\//, "").replace(/^\//, "").split("?")[0]!));
      try {
        if (!file.startsWith(root + sep)) throw new Error("outside");
        body = await readFile(file);
        type = contentTypes[extname(file)] ?? "application/octet-stream";
      } catch {
        response.writeHead(404).end();
        return;
      }
    }
    const gzip = isText(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    if (gzip) body = gzipSync(body);
    response.writeHead(200, { "content-type": type, "content-length": body.length, ...(gzip ? { "content-encoding": "gzip" } : {}) });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(options.port, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${options.port}`,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
