// NBS 国家数据 exports end to end (bytes → detection → plan → one transaction) against a fixture database
// of our own, not the seed. Every file is made here for the test, with round test values.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeImportDatabases, readImportDatabase, type ImportQuery } from "@/lib/db/writer";
import { dumpStore } from "@/lib/testing/dump-database";
import { createFixtureDatabase } from "./__fixtures__/fixture-db";
import { encodeGb18030 } from "./__fixtures__/gb18030";
import { makeXlsx, nbsSheet } from "./__fixtures__/make-xlsx";
import { importFile, type ImportOutcome } from "./index";
import { nbsIndicatorCode } from "./labels";

let url: string;
beforeEach(async () => {
  url = await createFixtureDatabase(resolve(".test-dbs/nbs-import.db"));
});
afterAll(closeImportDatabases);

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
const crlf = (lines: string[]) => lines.join("\r\n") + "\r\n";
const dry = (bytes: Uint8Array, name = "export.csv", options = {}) => importFile(url, bytes, name, { write: false, ...options });
const write = (bytes: Uint8Array, name = "export.csv", options = {}) => importFile(url, bytes, name, { write: true, ...options });

function ok(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}
const figures = (outcome: ImportOutcome) => ok(outcome).plan.figures.map((f) => [f.indicator, f.region, f.year, f.value]);

const stored = <T>(query: (db: ImportQuery) => Promise<T>) => readImportDatabase(url, query);

const provinceExport = crlf([
  "数据库：分省年度数据",
  "指标：人均地区生产总值(元/人)",
  "地区：全部",
  "时间：最近2年",
  "地区,1991年,1990年",
  '北京市,"12,000",10000',
  "天津,…,9000",
  "内蒙古自治区,8000,—",
  "新疆维吾尔自治区,,7000",
  "广西壮族自治区,6000,-",
  "香港特别行政区,50000,40000",
  "注：测试用数据,数值为虚构的整数。",
  "数据来源：测试数据来源",
]);

describe("an NBS export of regions × years", () => {
  it("in GB18030 with CRLF: detected, mapped to the stored indicator, regions by full and short name, empty cells skipped", async () => {
    const outcome = ok(await dry(encodeGb18030(provinceExport)));
    expect(outcome.detection).toMatchObject({
      format: "csv", encoding: "gb18030", layout: "regions-by-years", regionSource: "rows", database: "分省年度数据", source: "测试数据来源", skippedEmpty: 4,
      indicators: [{ label: "人均地区生产总值(元/人)", code: "gdp-per-capita-cny", unit: "cny-per-capita", status: "existing" }],
    });
    expect(figures(outcome)).toEqual([
      ["gdp-per-capita-cny", "beijing", 1991, 12000], ["gdp-per-capita-cny", "beijing", 1990, 10000], ["gdp-per-capita-cny", "tianjin", 1990, 9000],
      ["gdp-per-capita-cny", "inner-mongolia", 1991, 8000], ["gdp-per-capita-cny", "xinjiang", 1990, 7000], ["gdp-per-capita-cny", "guangxi", 1991, 6000],
      ["gdp-per-capita-cny", "hong-kong", 1991, 50000], ["gdp-per-capita-cny", "hong-kong", 1990, 40000],
    ]);
    expect(outcome.counts).toMatchObject({ new: 8, regions: 0, indicators: 0, sources: 1 });
  });

  it("lands once with the file's source, and a second import (or the same file as UTF-8) changes nothing", async () => {
    expect(await write(encodeGb18030(provinceExport))).toMatchObject({ ok: true, written: true, counts: { new: 8 } });
    expect(await stored((q) =>
      q.selectFrom("Observation as o").innerJoin("Source as s", "s.id", "o.sourceId").innerJoin("Region as r", "r.id", "o.regionId")
        .select(["s.titleZh", "o.locator", "o.valueText"]).where("r.slug", "=", "beijing").where("o.year", "=", 1991).execute(),
    )).toEqual([
      { titleZh: "测试数据来源", locator: "分省年度数据", valueText: "12,000" },
    ]);
    const before = await dumpStore(url);
    expect(await write(encodeGb18030(provinceExport))).toMatchObject({ ok: true, counts: { new: 0, updated: 0, unchanged: 8, sources: 0 } });
    expect(await write(bom(provinceExport))).toMatchObject({ ok: true, counts: { unchanged: 8 } });
    expect(await write(utf8(provinceExport.replace(/\r\n/g, "\n")))).toMatchObject({ ok: true, counts: { unchanged: 8 } });
    expect(await dumpStore(url)).toBe(before);
  });

  it("uses the default source when the file names none, and reads metadata padded with commas", async () => {
    const text = "数据库：分省年度数据,,,\n指标：人均地区生产总值(元/人),,,\n时间：最近2年,,,\n地区,1991年,1990年,\n北京市,100,90,\n";
    const outcome = ok(await dry(utf8(text)));
    expect(outcome.detection).toMatchObject({ encoding: "utf-8", source: null });
    expect(outcome.plan.figures.map((f) => f.source)).toEqual(["analyst-import", "analyst-import"]);
  });

  it("reports a bad region and a bad number at the file line and the header of their column, and writes nothing", async () => {
    const before = await dumpStore(url);
    const text = crlf(["数据库：分省年度数据", "指标：人均地区生产总值(元/人)", "地区,1991年,1990年", "北京市,100,1O0", "亚特兰蒂斯,5,6"]);
    expect(await write(encodeGb18030(text))).toMatchObject({
      ok: false,
      issues: [
        { line: 4, column: "1990年", problem: "not-a-number", detail: "1O0" },
        { line: 5, column: "地区", problem: "unknown-region", detail: "亚特兰蒂斯" },
      ],
    });
    expect(await dumpStore(url)).toBe(before);
  });

  it("places cities: a city of a stored province, a province-and-city label, and a new city under its province", async () => {
    const text = "指标：人均地区生产总值(元/人)\n地区,1991年\n南昌市,100\n江西省赣州市,50\n";
    const outcome = ok(await write(utf8(text)));
    expect(figures(outcome)).toEqual([["gdp-per-capita-cny", "nanchang", 1991, 100], ["gdp-per-capita-cny", "adm-360700", 1991, 50]]);
    expect(await stored((q) => q.selectFrom("Region as r").innerJoin("Region as p", "p.id", "r.parentId").select(["r.nameZh", "p.slug as parent"]).where("r.slug", "=", "adm-360700").execute())).toEqual([{ nameZh: "赣州", parent: "jiangxi" }]);
  });
});

describe("an NBS export of indicators × years", () => {
  const text = [
    "数据库：分省年度数据",
    "地区：江西省",
    "时间：最近2年",
    "指标,1991年,1990年",
    "研究与试验发展(R&D)经费投入强度(%),1.5,1.0",
    "测试用指标 (亿元),300,200",
    "数据来源：测试数据来源",
  ].join("\n");

  it("in UTF-8 with BOM: the region from the 地区： line, a unit after a space, a new indicator with a derived code", async () => {
    const outcome = ok(await write(bom(text)));
    const code = nbsIndicatorCode("测试用指标", "cny-100m");
    expect(outcome.detection).toMatchObject({
      encoding: "utf-8-bom", layout: "indicators-by-years", regionSource: "region-line", region: "江西省",
      indicators: [{ code: "rnd-intensity", status: "existing" }, { label: "测试用指标 (亿元)", code, unit: "cny-100m", status: "new" }],
    });
    expect(figures(outcome)).toEqual([["rnd-intensity", "jiangxi", 1991, 1.5], ["rnd-intensity", "jiangxi", 1990, 1], [code, "jiangxi", 1991, 300], [code, "jiangxi", 1990, 200]]);
    expect(await stored((q) => q.selectFrom("Indicator").select(["code", "nameZh", "unit", "category"]).where("code", "=", code).execute())).toEqual([{ code, nameZh: "测试用指标", unit: "cny-100m", category: "economy" }]);
    // Imported again, the new indicator is now matched by its name and unit.
    expect(ok(await dry(bom(text))).detection.indicators[1]).toMatchObject({ code, status: "existing" });
  });

  it("from the national database without a region line: 全国", async () => {
    const outcome = ok(await dry(utf8("数据库：年度数据\n时间：最近2年\n指标,1991年,1990年\n人均地区生产总值(元/人),300,200\n")));
    expect(outcome.detection).toMatchObject({ regionSource: "national-database", region: "全国" });
    expect(figures(outcome)).toEqual([["gdp-per-capita-cny", "cn", 1991, 300], ["gdp-per-capita-cny", "cn", 1990, 200]]);
  });

  it("refuses a label whose unit contradicts the indicator of its name, until the editor maps it", async () => {
    const contradicting = utf8("数据库：年度数据\n指标,1991年\n人均地区生产总值(亿元),300\n");
    expect(await dry(contradicting)).toMatchObject({
      ok: false, issues: [{ line: 3, column: "指标", problem: "unit-mismatch" }],
      detection: { indicators: [{ label: "人均地区生产总值(亿元)", status: "unresolved" }] },
    });
    const mapped = ok(await dry(contradicting, "export.csv", { indicators: [{ label: "人均地区生产总值(亿元)", code: "new" }] }));
    expect(mapped.detection.indicators[0]).toMatchObject({ status: "new", unit: "cny-100m" });
    const toExpenditure = ok(await dry(contradicting, "export.csv", { indicators: [{ label: "人均地区生产总值(亿元)", code: "rnd-expenditure" }] }));
    expect(figures(toExpenditure)).toEqual([["rnd-expenditure", "cn", 1991, 300]]);
  });
});

describe("an NBS export with years as rows", () => {
  it("regions as columns, the indicator from the 指标： line", async () => {
    const outcome = ok(await dry(encodeGb18030(crlf(["数据库：分省年度数据", "指标：人均地区生产总值(元/人)", "时间,北京市,天津市", "1991年,200,…", "1990年,100,90"]))));
    expect(outcome.detection).toMatchObject({ layout: "years-by-regions", regionSource: "columns", skippedEmpty: 1 });
    expect(figures(outcome)).toEqual([["gdp-per-capita-cny", "beijing", 1991, 200], ["gdp-per-capita-cny", "beijing", 1990, 100], ["gdp-per-capita-cny", "tianjin", 1990, 90]]);
  });

  it("indicators as columns, the region from the 地区： line", async () => {
    const outcome = ok(await dry(utf8("数据库：分省年度数据\n地区：北京市\n时间,人均地区生产总值(元/人),研究与试验发展(R&D)经费投入强度(%)\n1991年,200,2.5\n")));
    expect(outcome.detection).toMatchObject({ layout: "years-by-indicators", regionSource: "region-line" });
    expect(figures(outcome)).toEqual([["gdp-per-capita-cny", "beijing", 1991, 200], ["rnd-intensity", "beijing", 1991, 2.5]]);
  });
});

describe("a one-indicator export without an 指标： line", () => {
  const text = utf8("数据库：分省年度数据\n地区,1991年\n北京市,100\n");

  it("asks for the indicator, and takes the one the editor names", async () => {
    expect(await dry(text)).toMatchObject({ ok: false, issues: [{ problem: "no-indicator-line" }] });
    expect(figures(await dry(text, "x.csv", { indicators: [{ label: null, code: "gdp-per-capita-cny" }] }))).toEqual([["gdp-per-capita-cny", "beijing", 1991, 100]]);
  });
});

describe("an .xlsx workbook", () => {
  const nbs = nbsSheet("Sheet1", ["地区", "1991年", "1990年"], [["北京市", 12000, 10000], ["天津市", "…", 9000]]);
  const long = { name: "长格式", rows: [["indicator", "region", "year", "value"], ["gdp-per-capita-cny", "江西", 1990, 300]] };

  it("in the NBS layout (A1 database, A2 time, header in row 3, notes last) with the indicator chosen by the editor", async () => {
    const bytes = makeXlsx([nbs, long]);
    expect(await dry(bytes, "export.xlsx")).toMatchObject({ ok: false, issues: [{ problem: "no-indicator-line" }], detection: { format: "xlsx", sheet: "Sheet1", sheets: ["Sheet1", "长格式"] } });
    const outcome = ok(await dry(bytes, "export.xlsx", { indicators: [{ label: null, code: "gdp-per-capita-cny" }] }));
    expect(outcome.detection).toMatchObject({ format: "xlsx", encoding: null, layout: "regions-by-years", source: "测试数据来源", skippedEmpty: 1 });
    expect(figures(outcome)).toEqual([["gdp-per-capita-cny", "beijing", 1991, 12000], ["gdp-per-capita-cny", "beijing", 1990, 10000], ["gdp-per-capita-cny", "tianjin", 1990, 9000]]);
  });

  it("with labels whose unit follows a space, from the national database", async () => {
    const rows = [["数据库：年度数据"], ["时间：1990年-1991年"], ["指标", "1991年", "1990年"], ["人均地区生产总值 (元/人)", 500, 400], ["注：测试用数据。"]];
    const outcome = ok(await dry(makeXlsx([{ name: "数据", rows }]), "national.xlsx"));
    expect(outcome.detection).toMatchObject({ layout: "indicators-by-years", region: "全国", indicators: [{ code: "gdp-per-capita-cny", status: "existing" }] });
    expect(figures(outcome)).toEqual([["gdp-per-capita-cny", "cn", 1991, 500], ["gdp-per-capita-cny", "cn", 1990, 400]]);
  });

  it("in the importer's own columns on a chosen sheet, rows numbered as Excel shows them", async () => {
    const outcome = ok(await dry(makeXlsx([nbs, long]), "book.xlsx", { sheet: "长格式" }));
    expect(outcome.detection).toMatchObject({ layout: "long", sheet: "长格式" });
    expect(outcome.plan.figures.map((f) => [f.indicator, f.region, f.year, f.value, f.line])).toEqual([["gdp-per-capita-cny", "jiangxi", 1990, 300, 2]]);
  });

  it("written by openpyxl, imported and re-imported without change", async () => {
    const bytes = readFileSync(resolve("lib/import/__fixtures__/openpyxl/nbs-openpyxl.xlsx"));
    const first = ok(await write(bytes, "nbs-openpyxl.xlsx", { indicators: [{ label: null, code: "rnd-expenditure" }] }));
    expect(figures(first)).toEqual([["rnd-expenditure", "beijing", 1991, 200], ["rnd-expenditure", "beijing", 1990, 100], ["rnd-expenditure", "tianjin", 1990, 150.5], ["rnd-expenditure", "inner-mongolia", 1991, 1234.5]]);
    expect(await write(bytes, "nbs-openpyxl.xlsx", { indicators: [{ label: null, code: "rnd-expenditure" }] })).toMatchObject({ ok: true, counts: { unchanged: 4, new: 0 } });
  });

  it("refuses .xls, a missing sheet and a file that is not really .xlsx", async () => {
    expect(await dry(readFileSync(resolve("lib/import/__fixtures__/bad/xls-old-binary.xls")), "old.xls")).toMatchObject({ ok: false, issues: [{ problem: "xls" }] });
    expect(await dry(utf8("a,b\n"), "renamed.xls")).toMatchObject({ ok: false, issues: [{ problem: "xls" }] });
    expect(await dry(makeXlsx([nbs]), "book.xlsx", { sheet: "没有" })).toMatchObject({ ok: false, issues: [{ problem: "no-sheet" }], sheets: ["Sheet1"] });
    expect(await dry(utf8("indicator,region\n"), "fake.xlsx")).toMatchObject({ ok: false, issues: [{ problem: "bad-xlsx" }] });
  });
});

describe("the CLI", () => {
  it("prints the detection of an NBS export and its mapping on a dry run", async () => {
    mkdirSync(resolve(".test-dbs"), { recursive: true });
    const csv = resolve(".test-dbs/nbs-cli.csv");
    writeFileSync(csv, encodeGb18030(provinceExport));
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", csv, "--dry-run", "--indicator", "gdp-per-capita-cny"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("GB18030/GBK");
    expect(run.stdout).toContain("国家数据：地区 × 年份");
    expect(run.stdout).toContain("空单元格（无数据，已跳过）：4 个");
    expect(run.stdout).toContain("指标「人均地区生产总值(元/人)」→ gdp-per-capita-cny");
    expect(run.stdout).toContain("[试运行，未写入]");
  }, 60_000);

  it("refuses a malformed --indicator with the usage", async () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", "x.csv", "--indicator", "标签=Not A Code"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bad-mapping");
  }, 60_000);
});
