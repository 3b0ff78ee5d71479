// Every seeded figure must stand, as written, in the document it cites, and every text we wrote about
// a document must be in our own words (no run of 16 Chinese characters taken from it).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocumentNumber, squeezeWhitespace } from "@/lib/domain/numbers";
import { units } from "@/lib/domain/units";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { buildSeedCatalog } from "./catalog";
import { cjkOnly, firstCopiedRun as firstCopiedRunIn } from "./copy-check";
import { documents, regions, statistics } from "./documents";

const seedsDir = resolve(process.cwd(), "../shared/seeds");
const hasSeeds = existsSync(seedsDir);
if (!hasSeeds) console.warn(`provenance tests skipped: ${seedsDir} not found (the source documents live beside the repo in shared/seeds)`);

const catalog = buildSeedCatalog(regions, documents, statistics);
const fileOf = new Map(catalog.sources.map((s) => [s.slug, s.file]));
// The documents' own figures; statistics figures are checked against their tables in seed/statistics.
const documentObservations = catalog.observations.filter((o) => fileOf.has(o.source));
const unitOf = new Map(catalog.indicators.map((i) => [i.code, i.unit]));
const texts = new Map<string, string>();
const documentText = (slug: string) => {
  if (!texts.has(slug)) texts.set(slug, readFileSync(join(seedsDir, fileOf.get(slug)!), "utf8").normalize("NFKC"));
  return texts.get(slug)!;
};

const firstCopiedRun = (ours: string, documentSlug: string) => firstCopiedRunIn(ours, [cjkOnly(documentText(documentSlug))]);

describe.skipIf(!hasSeeds)("provenance of seeded figures", () => {
  it.each(documentObservations.map((o) => [`${o.indicator} / ${o.region} / ${o.year} (${o.source})`, o] as const))(
    "%s stands in its document as written",
    (_name, o) => {
      expect(squeezeWhitespace(documentText(o.source))).toContain(squeezeWhitespace(o.valueText.normalize("NFKC")));
      const written = parseDocumentNumber(o.valueText);
      expect(written).not.toBeNull();
      const scale = units[unitOf.get(o.indicator)!].scale;
      expect(Math.abs(written! - o.value * scale)).toBeLessThanOrEqual(Math.abs(written!) * 1e-9);
    },
  );

  it("cites every GCR threshold as document 000 writes it", () => {
    const text = squeezeWhitespace(documentText("doc-000"));
    const thresholds = gcr2014.bands.flatMap((b) => [b.minUsd, b.maxUsd]).filter((t): t is number => t !== null);
    for (const t of thresholds) expect(text).toContain(`${t}美元`);
    // The documents write the upper ends of the half-open bands as 2999 and 8999.
    expect(text).toContain("2000美元-2999美元");
    expect(text).toContain("3000美元-8999美元");
  });

  it("says everything in our own words", () => {
    const copies: string[] = [];
    const check = (text: string | undefined, source: string | undefined, where: string) => {
      if (!text || !source) return;
      const run = firstCopiedRun(text, source);
      if (run) copies.push(`${where}: ${run}`);
    };
    for (const s of catalog.sources) check(s.summaryZh, s.slug, `source ${s.slug} summary`);
    for (const o of documentObservations) check(o.noteZh, o.source, `observation ${o.indicator}/${o.region}/${o.year}`);
    for (const r of catalog.regions) check(r.designationNoteZh, r.source, `region ${r.slug}`);
    for (const n of catalog.regionNotes) check(n.bodyZh, n.source, `region note ${n.region}/${n.key}`);
    for (const z of catalog.zoneCases) {
      check(z.summaryZh, z.source, `zone ${z.slug}`);
      for (const f of z.features) check(f.evidenceZh, f.source, `zone ${z.slug} feature ${f.key}`);
    }
    expect(copies).toEqual([]);
  });
});
