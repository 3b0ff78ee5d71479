// Import end to end: bytes → text → rows → plan → (unless a dry run) one transaction. The CLI and the
// editor page both call this; nothing is written unless every row is valid.
import { maxImportBytes } from "@/lib/validation/import";
import { decodeImportBytes } from "./decode";
import type { ImportIssue } from "./issues";
import { planImport, type ImportPlan } from "./plan";
import { csvRows, jsonRows } from "./rows";
import { countPlan, openImportDatabase, readSnapshot, writePlan, type ImportCounts } from "./store";

export type ImportFormat = "csv" | "json";

export type ImportOutcome =
  | { ok: true; written: boolean; counts: ImportCounts; plan: ImportPlan }
  | { ok: false; issues: ImportIssue[] };

export function formatOf(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return "csv";
  return /^\s*[[{]/.test(text) ? "json" : "csv";
}

/** Checks a file and plans it against the store; writes it only when `write` is set and all is valid. */
export type ImportOptions = {
  write: boolean;
  /** Called once the file is checked and planned, before anything is written (for progress output). */
  onPlanned?: (counts: ImportCounts) => void;
};

export function importFile(databaseFile: string, bytes: Uint8Array, fileName: string, options: ImportOptions): ImportOutcome {
  if (bytes.length > maxImportBytes) return { ok: false, issues: [{ line: 0, column: null, problem: "too-large", detail: String(bytes.length) }] };
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return { ok: false, issues: [{ line: 0, column: null, problem: decoded.problem }] };
  const rows = formatOf(fileName, decoded.text) === "json" ? jsonRows(decoded.text) : csvRows(decoded.text);
  if (!rows.ok) return rows;

  const sqlite = openImportDatabase(databaseFile);
  try {
    const planned = planImport(rows.rows, readSnapshot(sqlite));
    if (!planned.ok) return planned;
    const counts = countPlan(planned.plan);
    options.onPlanned?.(counts);
    if (!options.write) return { ok: true, written: false, counts, plan: planned.plan };
    // Another import landing between planning and writing only makes some "new" rows updates: the upsert
    // still writes the right values.
    return { ok: true, written: true, counts: writePlan(sqlite, planned.plan), plan: planned.plan };
  } finally {
    sqlite.close();
  }
}
