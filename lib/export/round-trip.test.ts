// Export → import changes nothing: the whole seeded store, and (property-based) any figures an analyst
// could have imported, including text that must be neutralised against formula injection.
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { closeImportDatabases } from "@/lib/db/writer";
import { importFile } from "@/lib/import";
import { listExportRows } from "@/lib/queries/export";
import { dumpStore } from "@/lib/testing/dump-database";
import { testDatabaseUrl } from "@/seed/test-database";
import { exportCsv, exportJson } from "./observations";

// The seeded store the export reads (through the mocked Prisma door) and the import writes, on either provider.
const url = testDatabaseUrl(".test-dbs/round-trip.db");

vi.mock("@/lib/db/prisma", async () => {
  const { createTestDatabase } = await import("@/seed/test-database");
  return { db: await createTestDatabase(".test-dbs/round-trip.db", { seed: true }) };
});

afterAll(async () => {
  await db.$disconnect();
  await closeImportDatabases();
});

const bytes = (text: string) => new TextEncoder().encode(text);

async function reimport(format: "csv" | "json") {
  const rows = await listExportRows();
  const text = format === "csv" ? exportCsv(rows) : exportJson(rows);
  return { rows, outcome: await importFile(url, bytes(text), `export.${format}`, { write: true }) };
}

describe("export → import", () => {
  it.each(["csv", "json"] as const)("of the seeded store as %s leaves every figure unchanged", async (format) => {
    const before = await dumpStore(url);
    const { rows, outcome } = await reimport(format);
    expect(rows.length).toBeGreaterThan(20);
    expect(outcome).toMatchObject({ ok: true, counts: { new: 0, updated: 0, unchanged: rows.length, regions: 0, indicators: 0, sources: 0 } });
    expect(await dumpStore(url)).toBe(before);
  });

  it("neutralises formula-looking text in CSV cells", () => {
    const csv = exportCsv([{
      indicator: "gdp-per-capita-usd", region: "cn", year: 2020, value: -0.5, unit: "percent", qualifier: null, source: "s",
      locator: "=cmd|' /C calc'!A0", note: "@SUM(A1)", periodStart: null, yearBasis: "observed", valueText: "-0.5", indicatorNameZh: "+x", regionNameZh: " \n=y",
      regionNameEn: "", regionLevel: "city", regionParent: null,
    }]);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain(",-0.5,"); // numbers stay numbers
    expect(csv).toContain(`'-0.5`); // the same text as text is neutralised
    expect(csv).toContain(`"' \n=y"`); // behind whitespace too
  });

  it("neutralises formula-looking text in JSON too, so the importer reads it back", () => {
    const json = JSON.parse(exportJson([{
      indicator: "gdp-per-capita-usd", region: "cn", year: 2020, value: -0.5, unit: "percent", qualifier: "+", source: "s",
      locator: "=cmd", note: "\t@SUM(A1)", periodStart: null, yearBasis: "observed", valueText: "-0.5", indicatorNameZh: "x", regionNameZh: "y",
      regionNameEn: "", regionLevel: "city", regionParent: null,
    }])) as { rows: Record<string, unknown>[] };
    expect(json.rows[0]).toMatchObject({ value: -0.5, qualifier: "'+", locator: "'=cmd", note: "'\t@SUM(A1)", value_text: "'-0.5", region_parent: null });
  });

  // Text as an analyst may type it: leading spaces (ASCII and ideographic), tabs, line breaks inside the
  // text and formula characters anywhere. CSV reads every CR as a line break, so only JSON gets bare CRs.
  const alphabet = ["江", "西", "a", "Z", " ", "\u3000", ",", '"', "\n", "\t", "=", "+", "-", "@", "'", "%", "1"];
  it.each([
    ["csv", alphabet],
    ["json", [...alphabet, "\r"]],
  ] as const)("as %s of any importable figures is the identity (property)", async (format, units) => {
    const indicators = [
      { code: "industrial-rnd-intensity", signed: true },
      { code: "gdp-growth-forecast", signed: true },
      { code: "gdp-per-capita-usd", signed: false },
      { code: "zone-firms", signed: false },
    ];
    const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 30 });
    const figure = fc.record({
      indicator: fc.integer({ min: 0, max: indicators.length - 1 }),
      region: fc.constantFrom("cn", "jiangxi", "hubei", "zhangjiang-science-city"),
      year: fc.integer({ min: 1990, max: 2035 }),
      value: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      negative: fc.boolean(),
      qualifier: fc.constantFrom(undefined, ">", "≈", "+"),
      note: text,
      locator: text,
    });

    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(figure, { minLength: 1, maxLength: 20, selector: (f) => `${f.indicator}|${f.region}|${f.year}` }), async (figures) => {
        // What an analyst types: text that looks like a formula once trimmed is entered neutralised.
        const typed = (s: string) => (/^[=+\-@]/.test(s.trim()) ? `'${s.trimStart()}` : s);
        const rows = figures.map((f) => {
          const indicator = indicators[f.indicator]!;
          return {
            indicator: indicator.code, region: f.region, year: f.year,
            value: indicator.signed && f.negative ? -f.value : f.value,
            qualifier: f.qualifier ?? "", note: typed(f.note), locator: typed(f.locator), source: "property-test",
          };
        });
        const first = await importFile(url, bytes(JSON.stringify(rows)), "generated.json", { write: true });
        expect(first.ok, JSON.stringify(!first.ok && first.issues)).toBe(true);

        const before = await dumpStore(url);
        const { outcome } = await reimport(format);
        expect(outcome.ok, JSON.stringify(!outcome.ok && outcome.issues.slice(0, 3))).toBe(true);
        expect(outcome.ok && outcome.counts.new + outcome.counts.updated).toBe(0);
        expect(await dumpStore(url)).toBe(before);
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
