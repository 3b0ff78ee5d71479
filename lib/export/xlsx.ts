// A small .xlsx writer, zipped with fflate: sheets of numbers and text for downloads, and for the importer's
// tests also formulas and a shared-string table (lib/import/__fixtures__/make-xlsx.ts). Text is never
// written as a formula, so a cell starting with "=" stays text; only a { formula } cell is one.
import { strToU8, zipSync } from "fflate";
import { plainDecimal } from "@/lib/format";

export type XlsxCell = string | number | null | { formula: string; cached?: number };
export type XlsxSheet = { name: string; rows: XlsxCell[][] };

export type XlsxOptions = {
  /** Fixes the zip entries' dates, so the same sheets are the same bytes. */
  generated?: Date;
  /** Text in a shared-string table (as Excel writes it) instead of inline strings. */
  sharedStrings?: boolean;
  /** Keeps the first row in view while scrolling (default true). */
  frozenHeader?: boolean;
};

// XML 1.0 has no place for most control characters; they are dropped rather than corrupt the workbook.
const escapeXml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel's sheet-name rules: at most 31 characters, none of \ / ? * [ ] : */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet";
}

function sheetXml(sheet: XlsxSheet, shared: string[] | null, frozenHeader: boolean): string {
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      const ref = `${columnLetters(c)}${r + 1}`;
      if (cell === null || (typeof cell === "number" && !Number.isFinite(cell))) return "";
      if (typeof cell === "number") return `<c r="${ref}"><v>${plainDecimal(cell)}</v></c>`;
      if (typeof cell === "object") return `<c r="${ref}"><f>${escapeXml(cell.formula)}</f>${cell.cached === undefined ? "" : `<v>${cell.cached}</v>`}</c>`;
      if (shared) {
        let index = shared.indexOf(cell);
        if (index === -1) index = shared.push(cell) - 1;
        return `<c r="${ref}" t="s"><v>${index}</v></c>`;
      }
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  const pane = frozenHeader ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${pane}<sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The workbook's bytes. */
export function writeXlsx(sheets: XlsxSheet[], { generated = new Date("2020-01-01T00:00:00Z"), sharedStrings = false, frozenHeader = true }: XlsxOptions = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const shared = sharedStrings ? [] : null;
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, shared, frozenHeader));
  });
  files["xl/workbook.xml"] = strToU8(
    `${xmlHead}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${relNs}"><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeXml(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}${shared ? `<Relationship Id="rIdS" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
  );
  if (shared) {
    files["xl/sharedStrings.xml"] = strToU8(
      `${xmlHead}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
        .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
        .join("")}</sst>`,
    );
  }
  const sheetTypes = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  files["[Content_Types].xml"] = strToU8(
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}</Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  return zipSync(files, { mtime: generated });
}

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
