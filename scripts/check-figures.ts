// Checks statistic figure files against their reference texts: `tsx scripts/check-figures.ts seed/statistics/x.ts`.
// Each module must export `sources` (StatisticSourceRecord[]) and `figures` (StatisticFigureRecord[]).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { statisticFigureRecordSchema, statisticSourceRecordSchema } from "@/lib/validation/statistics";
import { locateFigure, parseTableNumber } from "@/seed/statistics/reference-text";

async function main() {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    const mod = (await import(resolve(file))) as { sources: unknown[]; figures: unknown[] };
    const sources = new Map(mod.sources.map((s) => {
      const parsed = statisticSourceRecordSchema.parse(s);
      return [parsed.slug, parsed] as const;
    }));
    for (const raw of mod.figures) {
      const f = statisticFigureRecordSchema.parse(raw);
      const source = sources.get(f.source);
      const where = `${file}: ${f.indicator}/${f.region}/${f.year}`;
      if (!source) { console.log(`${where}: unknown source ${f.source}`); problems++; continue; }
      const text = readFileSync(resolve("seed/references", source.reference), "utf8");
      const found = locateFigure(text, f.rowLabel, f.nth);
      if (found.line === null) { console.log(`${where}: ${found.reason}`); problems++; continue; }
      if (found.token !== f.valueText) { console.log(`${where}: line ${found.line} has ${found.token} at position ${f.nth}, record says ${f.valueText}`); problems++; continue; }
      const written = parseTableNumber(f.valueText);
      if (written === null || Math.abs(written * f.scale - f.value) > Math.abs(f.value) * 1e-9) { console.log(`${where}: value ${f.value} ≠ ${f.valueText} × ${f.scale}`); problems++; }
    }
    console.log(`${file}: ${mod.figures.length} figures, ${sources.size} sources checked`);
  }
  if (problems > 0) { console.log(`${problems} problem(s)`); process.exit(1); }
}
main().catch((e: unknown) => { console.error(e); process.exit(1); });
