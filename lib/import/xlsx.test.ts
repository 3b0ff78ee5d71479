// The .xlsx reader: workbooks from our test writer (shared and inline strings, formulas, several sheets),
// one written by openpyxl, and broken ones. All values are test values.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { makeXlsx, nbsSheet } from "./__fixtures__/make-xlsx";
import { isOleDocument, readSharedStrings, readSheetXml, readXlsx, xmlText } from "./xlsx";

const cells = (read: ReturnType<typeof readXlsx>) => (read.ok ? read.rows.map((r) => [r.line, ...r.cells]) : read.issues);

describe("readXlsx", () => {
  const sheet = nbsSheet("Sheet1", ["地区", "1991年", "1990年"], [["北京市", 200, 100], ["天津市", "…", 4.2999999999999998]]);

  it.each([true, false])("reads the first sheet's values by row number (shared strings: %s)", (sharedStrings) => {
    const read = readXlsx(makeXlsx([sheet, { name: "其他", rows: [["x"]] }], { sharedStrings }));
    expect(read).toMatchObject({ ok: true, sheet: "Sheet1", sheets: ["Sheet1", "其他"] });
    expect(cells(read)).toEqual([
      [1, "数据库：分省年度数据"], [2, "时间：1990年-1991年"], [3, "地区", "1991年", "1990年"], [4, "北京市", "200", "100"],
      [5, "天津市", "…", "4.3"], [6, "注：测试用数据,数值为虚构的整数。"], [7, "数据来源：测试数据来源"],
    ]);
  });

  it("reads a chosen sheet, and names the sheets when the chosen one is missing", () => {
    const bytes = makeXlsx([sheet, { name: "长格式", rows: [["indicator", "region"], [null, "江西"]] }]);
    expect(cells(readXlsx(bytes, "长格式"))).toEqual([[1, "indicator", "region"], [2, "", "江西"]]);
    expect(readXlsx(bytes, "没有")).toEqual({
      ok: false, sheets: ["Sheet1", "长格式"], issues: [{ line: 0, column: null, problem: "no-sheet", detail: "没有(Sheet1、长格式)" }],
    });
  });

  it("reports every formula cell with its reference, cached value or not", () => {
    const bytes = makeXlsx([{ name: "S", rows: [["地区", "1991年"], ["北京市", { formula: "1+1", cached: 2 }], ["天津市", { formula: "A1&\"x\"" }]] }]);
    expect(readXlsx(bytes)).toEqual({
      ok: false, sheets: ["S"],
      issues: [
        { line: 2, column: "B2", problem: "formula-cell", detail: "=1+1" },
        { line: 3, column: "B3", problem: "formula-cell", detail: '=A1&"x"' },
      ],
    });
  });

  it("refuses a truncated or non-zip file as a broken workbook, never throwing", () => {
    const bytes = makeXlsx([sheet]);
    for (const cut of [10, 100, bytes.length - 30]) expect(readXlsx(bytes.slice(0, cut))).toMatchObject({ ok: false, issues: [{ problem: "bad-xlsx" }] });
    expect(readXlsx(new TextEncoder().encode("not a zip"))).toMatchObject({ ok: false, issues: [{ problem: "bad-xlsx" }] });
  });

  it("reads a workbook written by openpyxl (inline strings, absolute part paths, a second sheet)", () => {
    const bytes = readFileSync(resolve("lib/import/__fixtures__/openpyxl/nbs-openpyxl.xlsx"));
    const read = readXlsx(bytes);
    expect(read).toMatchObject({ ok: true, sheet: "分省数据", sheets: ["分省数据", "长格式"] });
    expect(cells(read).slice(2, 6)).toEqual([[3, "地区", "1991年", "1990年"], [4, "北京市", "200", "100"], [5, "天津市", "…", "150.5"], [6, "内蒙古自治区", "1234.5"]]);
    expect(cells(readXlsx(bytes, "长格式"))).toEqual([[1, "indicator", "region", "year", "value"], [2, "gdp-per-capita-cny", "江西", "1990", "300"]]);
  });

  it("tells the old binary format by its signature", () => {
    expect(isOleDocument(readFileSync(resolve("lib/import/__fixtures__/bad/xls-old-binary.xls")))).toBe(true);
    expect(isOleDocument(makeXlsx([sheet]))).toBe(false);
  });
});

describe("SpreadsheetML pieces", () => {
  it("decodes entities, character references and Excel's _xHHHH_ escapes", () => {
    expect(xmlText("R&amp;D &lt;1&gt; &#x4E2D;&#25991; a_x000D_b")).toBe("R&D <1> 中文 a\rb");
  });

  it("joins rich-text runs and leaves out phonetic hints", () => {
    const xml = `<sst><si><r><t>研究与</t></r><r><rPr><b/></rPr><t xml:space="preserve">试验 </t></r><rPh sb="0" eb="1"><t>ヤン</t></rPh></si><si><t/></si></sst>`;
    expect(readSharedStrings(xml)).toEqual(["研究与试验 ", ""]);
  });

  it("places cells by their reference, skipping gaps, and reads booleans and errors as text", () => {
    const xml = `<sheetData><row r="2"><c r="C2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c></row><row><c><v>7</v></c></row></sheetData>`;
    expect(readSheetXml(xml, []).rows).toEqual([{ line: 2, cells: ["", "", "TRUE", "", "#DIV/0!"] }, { line: 3, cells: ["7"] }]);
  });
});
