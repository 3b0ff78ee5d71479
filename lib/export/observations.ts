// Every figure as rows an analyst can open in a spreadsheet or feed back to the importer unchanged: the
// columns are the importer's own (lib/validation/import.ts), with names for reading alongside the codes and
// the region's level, parent and English name, so an import into a fresh store rebuilds the region. Text
// that would start a formula, once leading whitespace is trimmed, gets a leading apostrophe in CSV and JSON
// alike; the importer reads it back as the stored text.
import { toCsv } from "@/lib/csv";

export type ExportRow = {
  indicator: string;
  region: string;
  year: number;
  value: number;
  unit: string;
  qualifier: string | null;
  source: string;
  locator: string;
  note: string;
  periodStart: number | null;
  yearBasis: string;
  valueText: string;
  indicatorNameZh: string;
  regionNameZh: string;
  regionNameEn: string;
  regionLevel: string;
  regionParent: string | null;
};

export const exportColumns = [
  "indicator", "region", "year", "value", "unit", "qualifier", "source", "locator", "note",
  "period_start", "year_basis", "value_text", "indicator_name_zh", "region_name_zh", "region_name_en", "region_level", "region_parent",
] as const;

const formulaStart = /^[=+\-@\t\r]/;

/** Text a spreadsheet would read as a formula, even after leading whitespace, with an apostrophe before it. */
export function neutralise(text: string): string {
  return formulaStart.test(text) || formulaStart.test(text.trimStart()) ? `'${text}` : text;
}

function cells(r: ExportRow): (string | number | null)[] {
  return [
    r.indicator, r.region, r.year, r.value, r.unit, r.qualifier, r.source, r.locator, r.note,
    r.periodStart, r.yearBasis, r.valueText, r.indicatorNameZh, r.regionNameZh, r.regionNameEn, r.regionLevel, r.regionParent,
  ].map((cell) => (typeof cell === "string" ? neutralise(cell) : cell));
}

export function exportCsv(rows: ExportRow[]): string {
  return toCsv([...exportColumns], rows.map(cells));
}

export function exportJson(rows: ExportRow[]): string {
  const objects = rows.map((r) => Object.fromEntries(exportColumns.map((column, i) => [column, cells(r)[i]])));
  return JSON.stringify({ rows: objects }, null, 1);
}
