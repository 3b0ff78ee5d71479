// Bytes to something to read rows from: JSON text, or a grid of cells from a CSV (UTF-8 or GB18030) or an
// .xlsx sheet. Old binary .xls is refused with a way out; the format follows the bytes before the name.
import { decodeImportBytes, type TextEncodingName } from "./decode";
import type { GridRow } from "./grid";
import { isBlankRow } from "./grid";
import type { ImportIssue } from "./issues";
import { parseCsv } from "./parse-csv";
import { isOleDocument, isZip, readXlsx } from "./xlsx";

export type ImportFormat = "csv" | "json" | "xlsx";

export type ImportInput =
  | { format: "json"; encoding: TextEncodingName; text: string }
  | { format: "csv"; encoding: TextEncodingName; grid: GridRow[] }
  | { format: "xlsx"; sheet: string; sheets: string[]; grid: GridRow[] };

export type InputRead = { ok: true; input: ImportInput } | { ok: false; issues: ImportIssue[]; sheets?: string[] };

const issue = (problem: ImportIssue["problem"], line = 0): InputRead => ({ ok: false, issues: [{ line, column: null, problem }] });

export function formatOf(fileName: string, text: string): "csv" | "json" {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return "csv";
  return /^\s*[[{]/.test(text) ? "json" : "csv";
}

export function readInput(bytes: Uint8Array, fileName: string, sheet?: string): InputRead {
  if (isOleDocument(bytes) || /\.xls$/i.test(fileName)) return issue("xls");
  if (isZip(bytes) || /\.xls[xm]$/i.test(fileName)) {
    if (bytes.length === 0) return issue("empty");
    const read = readXlsx(bytes, sheet);
    if (!read.ok) return read;
    return { ok: true, input: { format: "xlsx", sheet: read.sheet, sheets: read.sheets, grid: read.rows.filter((r) => !isBlankRow(r)) } };
  }
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return issue(decoded.problem);
  if (formatOf(fileName, decoded.text) === "json") return { ok: true, input: { format: "json", encoding: decoded.encoding, text: decoded.text } };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return issue("unclosed-quote", parsed.line);
  return { ok: true, input: { format: "csv", encoding: decoded.encoding, grid: parsed.records } };
}
