// Writes small .xlsx workbooks for the tests: each cell a number, a string (shared or inline) or a formula
// (with or without a cached value). Run directly, it writes the .xlsx files of the bad-file corpus.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { writeXlsx, type XlsxCell, type XlsxSheet } from "@/lib/export/xlsx";

export type FixtureCell = XlsxCell;
export type FixtureSheet = XlsxSheet;

/** Workbooks as a spreadsheet program writes them: a shared-string table by default, no frozen panes. */
export function makeXlsx(sheets: FixtureSheet[], options: { sharedStrings?: boolean } = {}): Uint8Array {
  return writeXlsx(sheets, { sharedStrings: options.sharedStrings !== false, frozenHeader: false });
}

/** An NBS-style sheet: A1 database, A2 time, header in row 3, notes at the end. */
export function nbsSheet(name: string, header: FixtureCell[], body: FixtureCell[][]): FixtureSheet {
  return { name, rows: [["数据库：分省年度数据"], ["时间：1990年-1991年"], header, ...body, ["注：测试用数据,数值为虚构的整数。"], ["数据来源：测试数据来源"]] };
}

if (process.argv[1]?.endsWith("make-xlsx.ts")) {
  const bad = resolve("lib/import/__fixtures__/bad");
  const good = makeXlsx([nbsSheet("Sheet1", ["地区", "1991年", "1990年"], [["北京市", 200, 100], ["天津市", 300, 150]])]);
  // Cut short, as an interrupted download is.
  writeFileSync(resolve(bad, "xlsx-truncated.xlsx"), good.slice(0, Math.floor(good.length * 0.6)));
  writeFileSync(
    resolve(bad, "xlsx-formula-cells.xlsx"),
    makeXlsx([nbsSheet("Sheet1", ["地区", "1991年", "1990年"], [["北京市", { formula: "C4*2", cached: 200 }, 100], ["天津市", 300, { formula: "SUM(1,2)" }]])]),
  );
  console.log(`wrote the .xlsx files of ${bad}`);
}
