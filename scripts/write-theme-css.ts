// Writes the colour tokens (lib/theme/tokens.ts) into app/globals.css between its "tokens" markers.
// Usage: npx tsx scripts/write-theme-css.ts
import { readFileSync, writeFileSync } from "node:fs";
import { replaceTokenBlock } from "@/lib/theme/css-block";
import { themeCss } from "@/lib/theme/tokens";

const path = "app/globals.css";
writeFileSync(path, replaceTokenBlock(readFileSync(path, "utf8"), themeCss()));
console.log(`wrote the colour tokens into ${path}`);
