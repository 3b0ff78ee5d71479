// From a decoded file (CSV or JSON) to raw rows keyed by column name, each with its line, checking the
// header: required columns present, no unknown or repeated ones.
import { plainDecimal } from "@/lib/format";
import { columnName, maxImportRows, requiredColumns, type ImportColumn } from "@/lib/validation/import";
import { cutShort, type ImportIssue } from "./issues";
import { parseCsv } from "./parse-csv";

export type RawRow = { line: number; cells: Partial<Record<ImportColumn, string>> };
export type RawRows = { ok: true; rows: RawRow[] } | { ok: false; issues: ImportIssue[] };

function checkHeader(headers: string[]): { columns: (ImportColumn | null)[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns = headers.map(columnName);
  headers.forEach((header, i) => {
    if (!columns[i]) issues.push({ line: 1, column: header, problem: "unknown-column", detail: cutShort(header) });
    else if (columns.indexOf(columns[i]) !== i) issues.push({ line: 1, column: columns[i], problem: "duplicate-column" });
  });
  for (const required of requiredColumns) {
    if (!columns.includes(required)) issues.push({ line: 1, column: required, problem: "missing-column" });
  }
  return { columns, issues };
}

function rowCountIssue(count: number): ImportIssue[] {
  if (count === 0) return [{ line: 0, column: null, problem: "no-rows" }];
  if (count > maxImportRows) return [{ line: 0, column: null, problem: "too-many-rows", detail: String(count) }];
  return [];
}

export function csvRows(text: string): RawRows {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, issues: [{ line: parsed.line, column: null, problem: "unclosed-quote" }] };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, issues: [{ line: 0, column: null, problem: "empty" }] };
  const { columns, issues } = checkHeader(header.cells);
  issues.push(...rowCountIssue(records.length));
  if (issues.length > 0) return { ok: false, issues };
  const rows: RawRow[] = [];
  for (const record of records) {
    if (record.cells.length !== columns.length) {
      issues.push({ line: record.line, column: null, problem: "wrong-cell-count", detail: `${record.cells.length}/${columns.length}` });
      continue;
    }
    const cells: RawRow["cells"] = {};
    columns.forEach((column, i) => { cells[column!] = record.cells[i]; });
    rows.push({ line: record.line, cells });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}

/** JSON: an array of row objects, or { "rows": [...] }. Numbers and booleans are read as their text. */
export function jsonRows(text: string): RawRows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ line: 0, column: null, problem: "bad-json" }] };
  }
  const list = Array.isArray(data) ? data : (data as { rows?: unknown })?.rows;
  if (!Array.isArray(list) || !list.every((item) => item && typeof item === "object" && !Array.isArray(item))) {
    return { ok: false, issues: [{ line: 0, column: null, problem: "bad-json" }] };
  }
  const headers = [...new Set(list.flatMap((item) => Object.keys(item as object)))];
  const { columns, issues } = checkHeader(headers);
  issues.push(...rowCountIssue(list.length));
  if (issues.length > 0) return { ok: false, issues };
  const rows = (list as Record<string, unknown>[]).map((item, index) => {
    const cells: RawRow["cells"] = {};
    headers.forEach((header, i) => {
      const value = item[header];
      cells[columns[i]!] =
        value === null || value === undefined ? "" : typeof value === "number" ? plainDecimal(value) : typeof value === "object" ? JSON.stringify(value) : String(value);
    });
    return { line: index + 1, cells };
  });
  return { ok: true, rows };
}
