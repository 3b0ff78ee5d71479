// From a decoded file (CSV or JSON) to raw rows keyed by column name, each with its line, checking the
// header: required columns present, no unknown or repeated ones.
import { plainDecimal } from "@/lib/format";
import { columnName, maxImportRows, requiredColumns, type ImportColumn } from "@/lib/validation/import";
import { trimRow, type GridRow } from "./grid";
import { cutShort, type ImportIssue } from "./issues";

export type RawRow = {
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
  /** Where a cell really stands when it is not in a column of that name (an NBS export's year column, say). */
  origin?: Partial<Record<ImportColumn, { line: number; column: string }>>;
};
export type RawRows = { ok: true; rows: RawRow[] } | { ok: false; issues: ImportIssue[] };

function checkHeader(headers: string[], line = 1): { columns: (ImportColumn | null)[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns = headers.map(columnName);
  headers.forEach((header, i) => {
    if (!columns[i]) issues.push({ line, column: header, problem: "unknown-column", detail: cutShort(header) });
    else if (columns.indexOf(columns[i]) !== i) issues.push({ line, column: columns[i], problem: "duplicate-column" });
  });
  for (const required of requiredColumns) {
    if (!columns.includes(required)) issues.push({ line, column: required, problem: "missing-column" });
  }
  return { columns, issues };
}

function rowCountIssue(count: number): ImportIssue[] {
  if (count === 0) return [{ line: 0, column: null, problem: "no-rows" }];
  if (count > maxImportRows) return [{ line: 0, column: null, problem: "too-many-rows", detail: String(count) }];
  return [];
}

/** True when every header cell names one of the importer's own columns. */
export function isLongHeader(headers: string[]): boolean {
  return headers.length > 0 && headers.every((h) => columnName(h) !== null);
}

/**
 * The importer's own long format from a grid (CSV records or a sheet's rows), header first. A sheet leaves
 * out trailing empty cells, so its short rows are padded; a CSV row must have the header's cell count.
 */
export function longRows(grid: GridRow[], options: { padShortRows: boolean } = { padShortRows: false }): RawRows {
  const [header, ...records] = grid;
  if (!header) return { ok: false, issues: [{ line: 0, column: null, problem: "empty" }] };
  const headerCells = options.padShortRows ? trimRow(header.cells) : header.cells;
  const { columns, issues } = checkHeader(headerCells, header.line);
  issues.push(...rowCountIssue(records.length));
  if (issues.length > 0) return { ok: false, issues };
  const rows: RawRow[] = [];
  for (const record of records) {
    const cells = options.padShortRows && trimRow(record.cells).length <= columns.length ? columns.map((_, i) => record.cells[i] ?? "") : record.cells;
    if (cells.length !== columns.length) {
      issues.push({ line: record.line, column: null, problem: "wrong-cell-count", detail: `${cells.length}/${columns.length}` });
      continue;
    }
    const named: RawRow["cells"] = {};
    columns.forEach((column, i) => { named[column!] = cells[i]; });
    rows.push({ line: record.line, cells: named });
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
      const column = columns[i]!;
      if (value !== null && typeof value === "object" && nestedDeeperThan(value, maxCellDepth)) {
        issues.push({ line: index + 1, column, problem: "too-deep" });
        cells[column] = "";
        return;
      }
      cells[column] =
        value === null || value === undefined ? "" : typeof value === "number" ? plainDecimal(value) : typeof value === "object" ? JSON.stringify(value) : String(value);
    });
    return { line: index + 1, cells };
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}

/** Arrays or objects in a cell are kept as their JSON text; deeper than this they are refused. */
const maxCellDepth = 32;

/**
 * Whether a parsed JSON value nests deeper than `limit`, walked with an explicit stack: JSON.parse reads
 * any depth, but JSON.stringify (and any recursive walk) overflows the call stack on 200,000 levels.
 */
function nestedDeeperThan(value: object, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
