// The importer against a seeded throwaway database: valid files land once, every bad file is refused
// with its problems named and nothing written.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { openDatabaseFile } from "@/lib/db/file";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/seed/test-database";
import type { Db } from "@/lib/db/prisma-client";
import { maxImportBytes, maxImportRows } from "@/lib/validation/import";
import { dumpDatabase } from "@/lib/testing/dump-database";
import { importFile } from "./index";

const file = resolve(".test-dbs/import.db");
const fixtures = resolve("lib/import/__fixtures__/bad");
const expected = JSON.parse(readFileSync(join(fixtures, "expected.json"), "utf8")) as Record<string, { line: number; column: string | null; problem: string }[]>;
let db: Db;

beforeAll(async () => {
  db = await createTestDatabase(file, { seed: true });
});
afterAll(async () => {
  await db.$disconnect();
});

const bytes = (text: string) => new TextEncoder().encode(text);
const header = "indicator,region,year,value";

describe("a bad file", () => {
  const names = readdirSync(fixtures).filter((n) => n !== "expected.json").sort();

  it("has an expectation for every fixture in the corpus (at least 30)", () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names).toEqual(Object.keys(expected).sort());
  });

  it.each(names)("%s is refused with every problem named, and nothing is written", (name) => {
    const before = dumpDatabase(file);
    const outcome = importFile(file, readFileSync(join(fixtures, name)), name, { write: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toEqual(expect.arrayContaining(expected[name]!.map((issue) => expect.objectContaining(issue))));
    expect(outcome.issues).toHaveLength(expected[name]!.length);
    expect(dumpDatabase(file)).toBe(before);
  });

  it("over the row limit is refused as a whole", () => {
    const rows = Array.from({ length: maxImportRows + 1 }, (_, i) => `gdp-per-capita-usd,cn,${1900 + (i % 200)},${i}`);
    const outcome = importFile(file, bytes([header, ...rows].join("\n")), "big.csv", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ problem: "too-many-rows" }] });
  });

  it("over the size limit is refused before it is read", () => {
    const outcome = importFile(file, new Uint8Array(maxImportBytes + 1), "huge.csv", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ problem: "too-large" }] });
  });
});

describe("a valid file", () => {
  const sample = readFileSync(resolve("seed/samples/import-sample.csv"));

  it("is only planned on a dry run", () => {
    const before = dumpDatabase(file);
    // The sample's two indicators that may be new (the seed may already hold rnd-intensity).
    const sqlite = openDatabaseFile(file, { readonly: true });
    const stored = sqlite.prepare(`SELECT count(*) AS n FROM "Indicator" WHERE code IN ('hitech-zone-count', 'rnd-intensity')`).get() as { n: number };
    sqlite.close();
    const outcome = importFile(file, sample, "import-sample.csv", { write: false });
    expect(outcome).toMatchObject({ ok: true, written: false, counts: { new: 5, updated: 0, unchanged: 0, regions: 1, indicators: 2 - stored.n, sources: 1 } });
    expect(dumpDatabase(file)).toBe(before);
  });

  it("lands once, keyed by code or name, and a second import changes nothing", () => {
    const first = importFile(file, sample, "import-sample.csv", { write: true });
    expect(first).toMatchObject({ ok: true, written: true, counts: { new: 5 } });
    const sqlite = openDatabaseFile(file, { readonly: true });
    const jiangxi = sqlite.prepare(`SELECT o.value FROM "Observation" o JOIN "Region" r ON r.id = o.regionId JOIN "Indicator" i ON i.id = o.indicatorId WHERE r.slug = 'jiangxi' AND i.code = 'gdp-per-capita-usd'`).get();
    const newArea = sqlite.prepare(`SELECT r.nameZh, p.slug AS parent FROM "Region" r JOIN "Region" p ON p.id = r.parentId WHERE r.slug = 'ganjiang-new-area'`).get();
    sqlite.close();
    expect(jiangxi).toEqual({ value: 10500 });
    expect(newArea).toEqual({ nameZh: "赣江新区", parent: "jiangxi" });

    const before = dumpDatabase(file);
    const second = importFile(file, sample, "import-sample.csv", { write: true });
    expect(second).toMatchObject({ ok: true, counts: { new: 0, updated: 0, unchanged: 5, regions: 0, indicators: 0, sources: 0 } });
    expect(dumpDatabase(file)).toBe(before);
  });

  it("updates a figure whose value changed and says so", () => {
    const changed = bytes(`${header},source\ngdp-per-capita-usd,jiangxi,2024,10600,示例数据(非统计数字)\n`);
    expect(importFile(file, changed, "fix.csv", { write: true })).toMatchObject({ ok: true, counts: { updated: 1, new: 0 } });
  });

  it("creates a city from its GB/T 2260 code alone, under its province (created too when not stored)", () => {
    const rows = bytes(`${header}\ngdp-per-capita-usd,140100,2024,9000\n`);
    const sqlite = openDatabaseFile(file, { readonly: true });
    const province = (sqlite.prepare(`SELECT slug FROM "Region" WHERE adminCode = '140000'`).get() as { slug: string } | undefined)?.slug;
    sqlite.close();
    const outcome = importFile(file, rows, "taiyuan.csv", { write: true });
    const expected = province
      ? [["adm-140100", "太原", province]]
      : [["adm-140000", "山西", "cn"], ["adm-140100", "太原", "adm-140000"]];
    expect(outcome.ok && outcome.plan.regions.map((r) => [r.slug, r.nameZh, r.parent])).toEqual(expected);
  });

  it("reads JSON, tab-separated files and Chinese headers", () => {
    const json = bytes(JSON.stringify([{ indicator: "industrial-rnd-intensity", region: "hubei", year: 2024, value: 2.1 }]));
    expect(importFile(file, json, "hubei.json", { write: false })).toMatchObject({ ok: true, counts: { new: 1 } });
    const tsv = bytes("指标\t地区\t年份\t数值\nindustrial-rnd-intensity\t湖北\t2023\t2.0\n");
    expect(importFile(file, tsv, "hubei.tsv", { write: false })).toMatchObject({ ok: true, counts: { new: 1 } });
  });
});
