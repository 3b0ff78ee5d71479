// The starter index framework validates, cites real documents for every pillar and indicator, uses only
// indicators the seed gives every province, and says why in our own words.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { indexSpecSchema } from "@/lib/index/spec";
import { cjkOnly, firstCopiedRun } from "./copy-check";
import { defaultIndexSpec } from "./data/index-specs";
import { documents, statistics } from "./documents";

const seedsDir = resolve(process.cwd(), "../shared/seeds");
const hasSeeds = existsSync(seedsDir);
const spec = indexSpecSchema.parse(defaultIndexSpec);
const cites = [...(spec.cite ?? []), ...spec.pillars.flatMap((p) => [...(p.cite ?? []), ...p.indicators.flatMap((i) => (i.cite ? [i.cite] : []))])];

describe("the starter index framework", () => {
  it("has the four chains and 成果转化 as its pillars, each cited, each indicator cited and explained", () => {
    expect(spec.pillars.map((p) => p.label)).toEqual(["科技链", "产业链", "资金链", "人才链", "成果转化"]);
    for (const pillar of spec.pillars) {
      expect(pillar.cite?.length, pillar.key).toBeGreaterThan(0);
      for (const indicator of pillar.indicators) {
        expect(indicator.cite, indicator.key).toBeDefined();
        expect(indicator.rationale, indicator.key).toBeDefined();
      }
    }
  });

  it("gives its title and every label in English as well, with no Chinese in them", () => {
    const han = /\p{Script=Han}/u;
    expect(spec.pillars.map((p) => p.labelEn)).toEqual(["Technology chain", "Industry chain", "Capital chain", "Talent chain", "Commercialisation"]);
    const english = [spec.titleEn, ...spec.pillars.flatMap((p) => [p.labelEn, ...p.indicators.map((i) => i.labelEn)])];
    for (const text of english) {
      expect(text).toBeDefined();
      expect(text, text).not.toMatch(han);
    }
    // Each differs from the next: a chart or a table never shows two pillars or two indicators alike.
    expect(new Set(english).size).toBe(english.length);
  });

  it("cites only documents the store holds", () => {
    const slugs = new Set(documents.map((d) => d.source.slug));
    for (const cite of cites) expect(slugs, `${cite.source} · ${cite.locator}`).toContain(cite.source);
  });

  it("uses indicators the seed gives every one of the 31 provinces in some year", () => {
    for (const key of spec.pillars.flatMap((p) => p.indicators.map((i) => i.key))) {
      const byYear = new Map<number, Set<string>>();
      for (const f of statistics.figures.filter((f) => f.indicator === key && f.region !== "cn")) {
        byYear.set(f.year, (byYear.get(f.year) ?? new Set()).add(f.region));
      }
      expect(Math.max(0, ...[...byYear.values()].map((s) => s.size)), key).toBe(31);
    }
  });

  it.skipIf(!hasSeeds)("says everything in our own words", () => {
    const texts = documents.map((d) => cjkOnly(readFileSync(join(seedsDir, d.source.file), "utf8")));
    const written = [spec.title, spec.rationale ?? "", ...spec.pillars.flatMap((p) => [p.label, p.rationale ?? "", ...p.indicators.flatMap((i) => [i.label, i.rationale ?? ""])])];
    expect(written.map((text) => firstCopiedRun(text, texts)).filter(Boolean)).toEqual([]);
  });
});
