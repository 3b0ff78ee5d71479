// Every statistics figure stands in the text of its table as retrieved (seed/references/): on the row its
// record names, at the position it names, written as recorded, and the stored value is that number × scale.
// Unlike the document provenance test this needs nothing outside the repository, so it never skips.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { regions } from "@/seed/data/regions";
import { statisticFigureRecordSchema, statisticSourceRecordSchema } from "@/lib/validation/statistics";
import { statistics, referencesDir } from "./index";
import { locateFigure, parseTableNumber } from "./reference-text";

const dir = resolve(process.cwd(), referencesDir);
const sources = new Map(statistics.sources.map((s) => {
  const parsed = statisticSourceRecordSchema.parse(s);
  return [parsed.slug, parsed] as const;
}));
const figures = statistics.figures.map((f) => statisticFigureRecordSchema.parse(f));
const indicatorCodes = new Set(statistics.indicators.map((i) => i.code));
const regionSlugs = new Set(regions.map((r) => r.slug));

describe("statistics figures", () => {
  it("cite known sources, indicators and regions, one figure per indicator, region and year", () => {
    const keys = new Set<string>();
    for (const f of figures) {
      expect(sources.has(f.source), `${f.source}`).toBe(true);
      expect(indicatorCodes.has(f.indicator), f.indicator).toBe(true);
      expect(regionSlugs.has(f.region), f.region).toBe(true);
      const key = `${f.indicator}/${f.region}/${f.year}`;
      expect(keys.has(key), `${key} twice`).toBe(false);
      keys.add(key);
    }
  });

  it("keep every source's table text in the repository", () => {
    for (const s of sources.values()) expect(existsSync(join(dir, s.reference)), s.reference).toBe(true);
    // …and no reference file that no source cites.
    const cited = new Set([...sources.values()].map((s) => s.reference));
    expect(readdirSync(dir).filter((f) => f.endsWith(".txt") && !cited.has(f))).toEqual([]);
  });

  it.each(figures.map((f) => [`${f.indicator} / ${f.region} / ${f.year} (${f.source})`, f] as const))(
    "%s stands in its table as written",
    (_name, f) => {
      const text = readFileSync(join(dir, sources.get(f.source)!.reference), "utf8");
      const found = locateFigure(text, f.rowLabel, f.nth);
      expect(found.line === null ? found.reason : found.token).toBe(f.valueText);
      const written = parseTableNumber(f.valueText);
      expect(written).not.toBeNull();
      expect(Math.abs(written! * f.scale - f.value)).toBeLessThanOrEqual(Math.abs(f.value) * 1e-9);
    },
  );
});

describe("locateFigure", () => {
  const table = "表 1 2023年\n北京 1,234 5.6\n河北 7\n8\n";
  it("finds the nth number after the row label, on its line or the following ones", () => {
    expect(locateFigure(table, "北京", 1)).toMatchObject({ line: 2, token: "1,234" });
    expect(locateFigure(table, "北京", 2)).toMatchObject({ line: 2, token: "5.6" });
    expect(locateFigure(table, "河北", 2)).toMatchObject({ line: 4, token: "8" });
  });
  it("says why a figure is not there", () => {
    expect(locateFigure(table, "上海", 1)).toMatchObject({ line: null });
    expect(locateFigure(table, "河北", 3)).toMatchObject({ line: null });
  });
  it("reads table numbers and nothing else", () => {
    expect(parseTableNumber("56,044")).toBe(56044);
    expect(parseTableNumber("704.67")).toBe(704.67);
    expect(parseTableNumber("5,6")).toBeNull();
    expect(parseTableNumber("…")).toBeNull();
  });
});
