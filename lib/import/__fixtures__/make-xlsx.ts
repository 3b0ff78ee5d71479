// Writes small .xlsx workbooks for the tests: each cell a number, a string (shared or inline) or a formula
// (with or without a cached value). Run directly, it writes the .xlsx files of the bad-file corpus.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { zipSync, strToU8 } from "fflate";

export type FixtureCell = string | number | null | { formula: string; cached?: number };
export type FixtureSheet = { name: string; rows: FixtureCell[][] };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function sheetXml(sheet: FixtureSheet, shared: string[] | null): string {
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      const ref = `${columnLetters(c)}${r + 1}`;
      if (cell === null) return "";
      if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
      if (typeof cell === "object") return `<c r="${ref}"><f>${escape(cell.formula)}</f>${cell.cached === undefined ? "" : `<v>${cell.cached}</v>`}</c>`;
      if (shared) {
        let index = shared.indexOf(cell);
        if (index === -1) index = shared.push(cell) - 1;
        return `<c r="${ref}" t="s"><v>${index}</v></c>`;
      }
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

export function makeXlsx(sheets: FixtureSheet[], options: { sharedStrings?: boolean } = {}): Uint8Array {
  const shared = options.sharedStrings === false ? null : [];
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, shared)); });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${ns}><sheets>${sheets
      .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}${shared ? `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
  );
  if (shared) {
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
        .map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`)
        .join("")}</sst>`,
    );
  }
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  // A fixed date, so the same fixture is the same bytes on every run.
  return zipSync(files, { mtime: new Date("2020-01-01T00:00:00Z") });
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
