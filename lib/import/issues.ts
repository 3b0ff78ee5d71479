// What an import reports: every problem with the line and column it stands at.
import type { ImportProblem } from "@/lib/validation/import";

export type FileProblem =
  | "empty" | "unknown-encoding" | "utf16" | "too-large" | "too-many-rows" | "unclosed-quote" | "bad-json"
  | "missing-column" | "unknown-column" | "duplicate-column" | "no-rows" | "wrong-cell-count"
  // Spreadsheets
  | "xls" | "bad-xlsx" | "no-sheet" | "formula-cell"
  // NBS exports and the indicators their labels map to
  | "no-table" | "no-region-line" | "no-indicator-line" | "label-without-unit" | "ambiguous-indicator"
  | "mapping-needs-label" | "unmatched-mapping"
  // The importer's own guards: a JSON cell nested too deep to read safely, and the store held by another
  // import for longer than an import waits
  | "too-deep" | "import-running";

export type ImportIssue = {
  /** 1-based line in the file (CSV), row in the sheet (.xlsx) or position in the array (JSON); 0 for the whole file. */
  line: number;
  column: string | null;
  problem: ImportProblem | FileProblem;
  /** The offending text, cut short, or a detail such as the first line of a duplicate. */
  detail?: string;
};

export function cutShort(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
