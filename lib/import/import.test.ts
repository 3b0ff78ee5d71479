// The importer against a seeded throwaway database: valid files land once, every bad file is refused
// with its problems named and nothing written.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseUrl } from "@/seed/test-database";
import type { Db } from "@/lib/db/prisma-client";
import { truth } from "@/lib/db/values";
import { closeImportDatabases, readImportDatabase, type ImportQuery } from "@/lib/db/writer";
import { maxImportBytes, maxImportRows } from "@/lib/validation/import";
import { dumpStore } from "@/lib/testing/dump-database";
import { importFile } from "./index";

const file = resolve(".test-dbs/import.db");
const url = testDatabaseUrl(file);
const fixtures = resolve("lib/import/__fixtures__/bad");
const expected = JSON.parse(readFileSync(join(fixtures, "expected.json"), "utf8")) as Record<string, { line: number; column: string | null; problem: string }[]>;
let db: Db;

beforeAll(async () => {
  db = await createTestDatabase(file, { seed: true });
});
afterAll(async () => {
  await db.$disconnect();
  await closeImportDatabases();
});

const read = <T>(query: (db: ImportQuery) => Promise<T>) => readImportDatabase(url, query);

const bytes = (text: string) => new TextEncoder().encode(text);
const header = "indicator,region,year,value";

describe("a bad file", () => {
  const names = readdirSync(fixtures).filter((n) => n !== "expected.json").sort();

  it("has an expectation for every fixture in the corpus (at least 30)", () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names).toEqual(Object.keys(expected).sort());
  });

  it.each(names)("%s is refused with every problem named, and nothing is written", async (name) => {
    const before = await dumpStore(url);
    const outcome = await importFile(url, readFileSync(join(fixtures, name)), name, { write: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toEqual(expect.arrayContaining(expected[name]!.map((issue) => expect.objectContaining(issue))));
    expect(outcome.issues).toHaveLength(expected[name]!.length);
    expect(await dumpStore(url)).toBe(before);
  });

  it("over the row limit is refused as a whole", async () => {
    const rows = Array.from({ length: maxImportRows + 1 }, (_, i) => `gdp-per-capita-usd,cn,${1900 + (i % 200)},${i}`);
    const outcome = await importFile(url, bytes([header, ...rows].join("\n")), "big.csv", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ problem: "too-many-rows" }] });
  });

  it("over the size limit is refused before it is read", async () => {
    const outcome = await importFile(url, new Uint8Array(maxImportBytes + 1), "huge.csv", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ problem: "too-large" }] });
  });
});

describe("a valid file", () => {
  const sample = readFileSync(resolve("seed/samples/import-sample.csv"));

  it("is only planned on a dry run", async () => {
    const before = await dumpStore(url);
    // The sample's two indicators that may be new (the seed may already hold rnd-intensity).
    const stored = await read((q) => q.selectFrom("Indicator").select((eb) => eb.fn.countAll<number>().as("n")).where("code", "in", ["hitech-zone-count", "rnd-intensity"]).executeTakeFirstOrThrow());
    const outcome = await importFile(url, sample, "import-sample.csv", { write: false });
    expect(outcome).toMatchObject({ ok: true, written: false, counts: { new: 5, updated: 0, unchanged: 0, regions: 1, indicators: 2 - stored.n, sources: 1 } });
    expect(await dumpStore(url)).toBe(before);
  });

  it("lands once, keyed by code or name, and a second import changes nothing", async () => {
    const first = await importFile(url, sample, "import-sample.csv", { write: true });
    expect(first).toMatchObject({ ok: true, written: true, counts: { new: 5 } });
    const jiangxi = await read((q) =>
      q.selectFrom("Observation as o").innerJoin("Region as r", "r.id", "o.regionId").innerJoin("Indicator as i", "i.id", "o.indicatorId")
        .select("o.value").where("r.slug", "=", "jiangxi").where("i.code", "=", "gdp-per-capita-usd").execute(),
    );
    const newArea = await read((q) =>
      q.selectFrom("Region as r").innerJoin("Region as p", "p.id", "r.parentId").select(["r.nameZh", "p.slug as parent"]).where("r.slug", "=", "ganjiang-new-area").execute(),
    );
    expect(jiangxi).toEqual([{ value: 10500 }]);
    expect(newArea).toEqual([{ nameZh: "赣江新区", parent: "jiangxi" }]);

    const before = await dumpStore(url);
    const second = await importFile(url, sample, "import-sample.csv", { write: true });
    expect(second).toMatchObject({ ok: true, counts: { new: 0, updated: 0, unchanged: 5, regions: 0, indicators: 0, sources: 0 } });
    expect(await dumpStore(url)).toBe(before);
  });

  it("updates a figure whose value changed and says so", async () => {
    const changed = bytes(`${header},source\ngdp-per-capita-usd,jiangxi,2024,10600,示例数据(非统计数字)\n`);
    expect(await importFile(url, changed, "fix.csv", { write: true })).toMatchObject({ ok: true, counts: { updated: 1, new: 0 } });
  });

  it("creates a city from its GB/T 2260 code alone, under its province (created too when not stored)", async () => {
    const rows = bytes(`${header}\ngdp-per-capita-usd,140100,2024,9000\n`);
    const province = (await read((q) => q.selectFrom("Region").select("slug").where("adminCode", "=", "140000").executeTakeFirst()))?.slug;
    const outcome = await importFile(url, rows, "taiyuan.csv", { write: true });
    const expected = province
      ? [["adm-140100", "太原", province]]
      : [["adm-140000", "山西", "cn"], ["adm-140100", "太原", "adm-140000"]];
    expect(outcome.ok && outcome.plan.regions.map((r) => [r.slug, r.nameZh, r.parent])).toEqual(expected);
    // Written parents first, each under the id of its parent.
    const written = await read((q) =>
      q.selectFrom("Region as r").innerJoin("Region as p", "p.id", "r.parentId").select(["r.slug", "r.nameZh", "p.slug as parent"]).where("r.slug", "like", "adm-14%").orderBy("r.slug").execute(),
    );
    expect(written.map((r) => [r.slug, r.nameZh, r.parent])).toEqual(expected);
  });

  it("compares every figure with the stored one, also when the file names more sources than one read narrows by", async () => {
    // 1,100 sources of one indicator and region: the stored figures are read without the source filter.
    const rows = (value: (s: number) => number) =>
      bytes([`${header},source`, ...Array.from({ length: 1100 }, (_, s) => `industrial-rnd-intensity,henan,${1900 + (s % 100)},${value(s)},多来源测试-${s}`)].join("\n"));
    expect(await importFile(url, rows(() => 1), "many.csv", { write: true })).toMatchObject({ ok: true, counts: { new: 1100, sources: 1100 } });
    expect(await importFile(url, rows((s) => (s === 1099 ? 2 : 1)), "many.csv", { write: true })).toMatchObject({ ok: true, counts: { new: 0, updated: 1, unchanged: 1099, sources: 0 } });
  });

  it("creates new indicators with their higher-is-better flag, read back as true, false or unknown", async () => {
    const text = [
      "indicator,region,year,value,unit,indicator_name_zh,higher_is_better",
      "flag-test-up,cn,2020,1,percent,测试用指标甲,是",
      "flag-test-down,cn,2020,2,percent,测试用指标乙,false",
      "flag-test-unknown,cn,2020,3,percent,测试用指标丙,",
    ].join("\n");
    expect(await importFile(url, bytes(text), "flags.csv", { write: true })).toMatchObject({ ok: true, counts: { new: 3, indicators: 3 } });
    const flags = await read((q) => q.selectFrom("Indicator").select(["code", "higherIsBetter"]).where("code", "like", "flag-test-%").orderBy("code").execute());
    expect(flags.map((f) => [f.code, truth(f.higherIsBetter)])).toEqual([["flag-test-down", false], ["flag-test-unknown", null], ["flag-test-up", true]]);
  });

  it("reads JSON, tab-separated files and Chinese headers", async () => {
    const json = bytes(JSON.stringify([{ indicator: "industrial-rnd-intensity", region: "hubei", year: 2024, value: 2.1 }]));
    expect(await importFile(url, json, "hubei.json", { write: false })).toMatchObject({ ok: true, counts: { new: 1 } });
    const tsv = bytes("指标\t地区\t年份\t数值\nindustrial-rnd-intensity\t湖北\t2023\t2.0\n");
    expect(await importFile(url, tsv, "hubei.tsv", { write: false })).toMatchObject({ ok: true, counts: { new: 1 } });
  });
});
