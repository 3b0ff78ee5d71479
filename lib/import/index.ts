// Import end to end: bytes → text or sheet → grid → layout (own long format, or an NBS export's pivot) →
// rows → plan → (unless a dry run) one transaction, on SQLite or PostgreSQL as the DATABASE_URL says. The
// CLI, the editor page and the API all call this; nothing is written unless every row is valid.
import { openImportDatabase, type ImportQuery } from "@/lib/db/writer";
import { maxImportBytes, maxImportRows } from "@/lib/validation/import";
import type { TextEncodingName } from "./decode";
import { resolveIndicators, type DetectedIndicator, type IndicatorMapping, type StoredIndicator } from "./indicators";
import type { ImportIssue } from "./issues";
import { looksLikeNbs, readNbsTable, type NbsLayout, type RegionSource } from "./nbs";
import { nbsRows } from "./nbs-rows";
import { classifyFigures, planImport, type ImportPlan } from "./plan";
import { readInput, type ImportFormat } from "./read-input";
import { isLongHeader, jsonRows, longRows, type RawRow } from "./rows";
import { countPlan, importWaitMs, readCatalog, readStoredFigures, writePlan, type ImportCounts } from "./store";

export { formatOf, type ImportFormat } from "./read-input";

/** What the importer made of a file, shown before anything is written (and beside its problems). */
export type ImportDetection = {
  format: ImportFormat;
  encoding: TextEncodingName | null;
  sheet: string | null;
  sheets: string[];
  layout: "long" | NbsLayout;
  regionSource: RegionSource | "column";
  /** The region an NBS file names once (地区：…, or 全国 for the national database). */
  region: string | null;
  database: string | null;
  /** The file's 数据来源： line, used as the source of its figures. */
  source: string | null;
  indicators: DetectedIndicator[];
  skippedEmpty: number;
};

export type ImportOutcome =
  | { ok: true; written: boolean; counts: ImportCounts; plan: ImportPlan; detection: ImportDetection }
  | { ok: false; issues: ImportIssue[]; detection?: ImportDetection; sheets?: string[] };

/** Checks a file and plans it against the store; writes it only when `write` is set and all is valid. */
export type ImportOptions = {
  write: boolean;
  /** Called once the file is checked and planned, before anything is written (for progress output). */
  onPlanned?: (counts: ImportCounts, detection: ImportDetection) => void;
  /** The .xlsx sheet to read (the first when not given). */
  sheet?: string;
  /** The editor's choice of indicator for labels of an NBS export. */
  indicators?: IndicatorMapping[];
  /** How long a write waits for another import to finish before answering "import-running". */
  waitMs?: number;
};

const fileIssue = (problem: ImportIssue["problem"], detail?: string): ImportIssue[] => [{ line: 0, column: null, problem, detail }];

/** `databaseUrl`: a DATABASE_URL, `file:…` (SQLite) or `postgresql://…`. */
export async function importFile(databaseUrl: string, bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportOutcome> {
  if (bytes.length > maxImportBytes) return { ok: false, issues: fileIssue("too-large", String(bytes.length)) };
  const read = readInput(bytes, fileName, options.sheet);
  if (!read.ok) return read;
  const { input } = read;
  let detection: ImportDetection = {
    format: input.format,
    encoding: input.format === "xlsx" ? null : input.encoding,
    sheet: input.format === "xlsx" ? input.sheet : null,
    sheets: input.format === "xlsx" ? input.sheets : [],
    layout: "long", regionSource: "column", region: null, database: null, source: null, indicators: [], skippedEmpty: 0,
  };

  const isNbs = input.format !== "json" && looksLikeNbs(input.grid, isLongHeader);
  let rows: RawRow[] | null = null;
  if (!isNbs) {
    const long = input.format === "json" ? jsonRows(input.text) : longRows(input.grid, { padShortRows: input.format === "xlsx" });
    if (!long.ok) return { ok: false, issues: long.issues, detection };
    rows = long.rows;
  }

  const parsedRows = rows;
  const store = openImportDatabase(databaseUrl);
  const planAndWrite = async (db: ImportQuery): Promise<ImportOutcome> => {
    const catalog = await readCatalog(db);
    let planRows = parsedRows;
    if (!planRows) {
      const nbs = nbsTableRows(input.format === "json" ? [] : input.grid, catalog.indicators(), options.indicators ?? []);
      detection = { ...detection, ...nbs.detection };
      if (!nbs.ok) return { ok: false, issues: nbs.issues, detection };
      planRows = nbs.rows;
    }
    const drafted = planImport(planRows, catalog);
    if (!drafted.ok) return { ...drafted, detection };
    const plan = classifyFigures(drafted.draft, await readStoredFigures(db, catalog, drafted.draft.figures));
    const counts = countPlan(plan);
    options.onPlanned?.(counts, detection);
    if (!options.write) return { ok: true, written: false, counts, plan, detection };
    return { ok: true, written: true, counts: await writePlan(db, catalog, plan), plan, detection };
  };
  try {
    if (!options.write) return await planAndWrite(store.db);
    // Planned inside the write transaction, which takes the import lock first (SQLite's BEGIN IMMEDIATE,
    // PostgreSQL's advisory lock): a second import waits for the first and then plans against what it wrote,
    // so two files naming the same new source, region or indicator create it once. Waiting longer than
    // `waitMs` answers "import-running".
    const locked = await store.inWriteTransaction(options.waitMs ?? importWaitMs, planAndWrite);
    return locked.ok ? locked.result : { ok: false, issues: fileIssue("import-running"), detection };
  } finally {
    await store.close();
  }
}

type NbsRowsResult = { detection: Partial<ImportDetection> } & ({ ok: true; rows: RawRow[] } | { ok: false; issues: ImportIssue[] });

function nbsTableRows(grid: Parameters<typeof readNbsTable>[0], stored: StoredIndicator[], mappings: IndicatorMapping[]): NbsRowsResult {
  const read = readNbsTable(grid);
  if (!read.ok) return { ok: false, issues: read.issues, detection: {} };
  const { table } = read;
  const resolved = resolveIndicators(table.indicatorLabels, stored, mappings);
  const region = table.regionSource === "region-line" ? table.meta.region! : table.regionSource === "national-database" ? "全国" : null;
  const detection: Partial<ImportDetection> = {
    layout: table.layout, regionSource: table.regionSource, region, database: table.meta.database ?? null, source: table.meta.source ?? null,
    indicators: resolved.detected, skippedEmpty: table.skippedEmpty,
  };
  if (resolved.issues.length > 0) return { ok: false, issues: resolved.issues, detection };
  if (table.figures.length === 0) return { ok: false, issues: fileIssue("no-rows"), detection };
  if (table.figures.length > maxImportRows) return { ok: false, issues: fileIssue("too-many-rows", String(table.figures.length)), detection };
  return { ok: true, rows: nbsRows(table, resolved.choices), detection };
}
