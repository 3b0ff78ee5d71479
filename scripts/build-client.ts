// Bundles the few framework-free browser scripts (lib/client) into public/scripts, where pages load them from.
// Runs before `next build` and `next dev`; the output is generated, so it is not in git.
import { build } from "esbuild";

const clientScripts = { "chart-downloads": "lib/client/chart-downloads.ts" } as const;

build({
  entryPoints: Object.entries(clientScripts).map(([out, entry]) => ({ out, in: entry })),
  outdir: "public/scripts",
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  alias: { "@": "." },
  logLevel: "warning",
}).catch(() => process.exit(1));
