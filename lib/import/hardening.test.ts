// Files made to break the importer rather than to carry figures: deep nesting in a JSON cell, and formulas
// hidden behind leading whitespace or a line break inside quotes (issue 14, findings 11 and 12).
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeImportDatabases } from "@/lib/db/writer";
import { dumpStore } from "@/lib/testing/dump-database";
import { createFixtureDatabase } from "./__fixtures__/fixture-db";
import { importFile } from "./index";

let url: string;
beforeAll(async () => {
  url = await createFixtureDatabase(resolve(".test-dbs/hardening.db"));
});
afterAll(closeImportDatabases);

const utf8 = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("deep nesting in a JSON file", () => {
  it("in a cell (200,000 levels) is a problem of that cell, not a stack overflow", async () => {
    const text = `[{"indicator": ${nested(200_000)}, "region": "cn", "year": 2020, "value": 1}]`;
    const outcome = await importFile(url, utf8(text), "deep.json", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ line: 1, column: "indicator", problem: "too-deep" }] });
  });

  it("of objects in a cell is refused the same way", async () => {
    const text = `{"rows": [{"indicator": "gdp-per-capita-cny", "region": "cn", "year": 2020, "value": 1, "note": ${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}]}`;
    const outcome = await importFile(url, utf8(text), "deep.json", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ line: 1, column: "note", problem: "too-deep" }] });
  });

  it("around the rows is a problem of the file", async () => {
    const outcome = await importFile(url, utf8(`${"[".repeat(200_000)}${"]".repeat(200_000)}`), "deep.json", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ line: 0, problem: "bad-json" }] });
  });

  it("a shallow structure in a cell is still read as its text", async () => {
    const text = JSON.stringify([{ indicator: "gdp-per-capita-cny", region: "cn", year: 2020, value: 1, note: [[["a"]]] }]);
    const outcome = await importFile(url, utf8(text), "shallow.json", { write: false });
    expect(outcome.ok && outcome.plan.figures[0]?.noteZh).toBe('[[["a"]]]');
  });
});

describe("a formula behind whitespace", () => {
  const header = "indicator,region,year,value,note";
  const cases: [string, string][] = [
    ["a leading space", ` =HYPERLINK("http://x.example")`],
    ["a leading space inside quotes", `" =HYPERLINK(""http://x.example"",""y"")"`],
    ["leading spaces and a tab", `  \t=1+1`],
    ["a line break inside quotes", `"\n=HYPERLINK(""http://x.example"",""y"")"`],
    ["a CR LF inside quotes", `"\r\n+1"`],
    ["an ideographic space", `\u3000@SUM(A1)`],
  ];

  it.each(cases)("(%s) is refused as a formula and nothing is written", async (_name, cell) => {
    const before = await dumpStore(url);
    const outcome = await importFile(url, utf8(`${header}\ngdp-per-capita-cny,cn,2020,1,${cell}\n`), "formula.csv", { write: true });
    expect(outcome).toMatchObject({ ok: false, issues: [{ column: "note", problem: "formula" }] });
    expect(await dumpStore(url)).toBe(before);
  });

  it("in a JSON cell is refused too", async () => {
    const text = JSON.stringify([{ indicator: "gdp-per-capita-cny", region: "cn", year: 2020, value: 1, locator: "\n =cmd|' /C calc'!A0" }]);
    expect(await importFile(url, utf8(text), "formula.json", { write: false })).toMatchObject({ ok: false, issues: [{ column: "locator", problem: "formula" }] });
  });

  it("neutralised with an apostrophe is read back as the text", async () => {
    const outcome = await importFile(url, utf8(`${header}\ngdp-per-capita-cny,cn,2020,1," '=1+1"\n`), "neutral.csv", { write: false });
    expect(outcome.ok && outcome.plan.figures[0]?.noteZh).toBe("=1+1");
  });
});
