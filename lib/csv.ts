// CSV writing for downloads: RFC 4180 quoting, a BOM so spreadsheet software reads UTF-8, and cells
// that would start a formula neutralised with a leading apostrophe.

import { plainDecimal } from "@/lib/format";

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Numbers are written as numbers (a spreadsheet reads -5 as minus five, not as a formula); only text
  // that would start a formula gets the apostrophe.
  let text = typeof value === "number" ? plainDecimal(value) : value;
  if (typeof value === "string" && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
