// Bundles what runs outside Next's own build, before `next build` (and `next dev`):
// - the framework-free browser scripts (lib/client) into public/scripts, where pages load them from;
// - the production server (server.ts, with the lib/ code it uses) into dist/server.mjs, so `npm run serve`
//   runs plain JavaScript: no TypeScript loader in the server process (about 20 MB less memory, bench/scale).
// Both outputs are generated, so they are not in git.
import { build, type BuildOptions } from "esbuild";

const shared: BuildOptions = { bundle: true, alias: { "@": "." }, logLevel: "warning" };

Promise.all([
  build({
    ...shared,
    entryPoints: [
      { out: "chart-downloads", in: "lib/client/chart-downloads.ts" },
      // Loaded by chart-downloads.js on first pointer or focus within a chart, so not part of any page's first load.
      { out: "chart-tooltip", in: "lib/client/chart-tooltip.ts" },
    ],
    outdir: "public/scripts",
    minify: true,
    format: "iife",
    target: "es2020",
  }),
  build({
    ...shared,
    entryPoints: ["server.ts"],
    outfile: "dist/server.mjs",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external", // next, better-sqlite3 and zod load from node_modules as usual
  }),
]).catch(() => process.exit(1));
