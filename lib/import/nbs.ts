// Reads an NBS 国家数据 (data.stats.gov.cn) export laid out as the portal's pivot — regions, indicators or
// years as rows — from a grid of cells into one entry per figure, with where each came from. Pure: CSV
// and .xlsx both arrive here as rows of text.
import { isBlankRow, trimRow, type GridRow } from "./grid";
import { cutShort, type ImportIssue } from "./issues";

export type NbsLayout = "regions-by-years" | "indicators-by-years" | "years-by-regions" | "years-by-indicators";
/** Where the region of every figure came from. */
export type RegionSource = "rows" | "columns" | "region-line" | "national-database";

export type NbsMeta = { database?: string; indicator?: string; region?: string; time?: string; source?: string };

/** A label and the place it stands in the file (for problems with it). */
export type Placed = { text: string; line: number; column: string };

export type NbsFigure = {
  line: number;
  region: Placed;
  indicator: Placed;
  year: number;
  /** Where the year stands: a column header (2023年) or, with years as rows, the row's 时间 cell. */
  yearAt: { line: number; column: string };
  /** The header of the cell's column: the year (2023年) or, with years as rows, the region or indicator. */
  column: string;
  value: string;
};

export type NbsTable = {
  layout: NbsLayout;
  meta: NbsMeta;
  regionSource: RegionSource;
  headerLine: number;
  /** Every indicator label, in file order, each once. */
  indicatorLabels: Placed[];
  figures: NbsFigure[];
  skippedEmpty: number;
};

export type NbsRead = { ok: true; table: NbsTable } | { ok: false; issues: ImportIssue[] };

const metaKeys: Record<string, keyof NbsMeta> = { 数据库: "database", 指标: "indicator", 地区: "region", 时间: "time", 数据来源: "source", 来源: "source" };
const metaLine = /^\s*(数据库|指标|地区|时间|数据来源|来源|注)\s*[：:]\s*(.*)$/su;
/** Cells the portal leaves for "no figure". */
const emptyMarkers = new Set(["", "…", "...", "…。", "-", "--", "—", "——", "－"]);
const yearHeader = /^(\d{4})\s*年?$/;
const rowHeads = new Set(["地区", "指标", "时间"]);

function metaOf(row: GridRow): { key: string; value: string } | null {
  const cells = trimRow(row.cells.map((c) => c.trim()));
  const match = cells.length > 0 ? metaLine.exec(cells[0]!) : null;
  if (!match) return null;
  const value = [match[2]!.trim(), ...cells.slice(1)].filter((c) => c !== "").join(",");
  return { key: match[1]!, value };
}

function parseYear(text: string): number | null {
  const match = yearHeader.exec(text.normalize("NFKC").trim());
  return match ? Number(match[1]) : null;
}

/** True when the grid is an NBS export rather than the importer's own long format. */
export function looksLikeNbs(rows: GridRow[], isLongHeader: (cells: string[]) => boolean): boolean {
  const first = rows.find((r) => !isBlankRow(r));
  if (!first) return false;
  if (metaOf(first)) return true;
  const head = first.cells[0]?.trim() ?? "";
  return rowHeads.has(head) && !isLongHeader(trimRow(first.cells));
}

export function readNbsTable(rows: GridRow[]): NbsRead {
  const meta: NbsMeta = {};
  const metaLines = new Map<keyof NbsMeta, number>();
  const issues: ImportIssue[] = [];
  const nonBlank = rows.filter((r) => !isBlankRow(r));
  let i = 0;
  for (; i < nonBlank.length; i++) {
    const found = metaOf(nonBlank[i]!);
    if (!found) break;
    const key = metaKeys[found.key];
    if (key && found.value !== "") {
      meta[key] = found.value;
      metaLines.set(key, nonBlank[i]!.line);
    }
  }
  const header = nonBlank[i];
  if (!header) return { ok: false, issues: [{ line: 0, column: null, problem: "no-table" }] };
  const headCells = header.cells.map((c) => c.trim());
  const head = headCells[0] ?? "";
  if (!rowHeads.has(head)) return { ok: false, issues: [{ line: header.line, column: null, problem: "no-table", detail: cutShort(head) }] };

  // The body ends at the first note or source line; those after it still give the source.
  const body: GridRow[] = [];
  for (const row of nonBlank.slice(i + 1)) {
    const found = metaOf(row);
    if (found) {
      if (metaKeys[found.key] === "source" && found.value !== "") meta.source = found.value;
      break;
    }
    body.push(row);
  }
  for (const row of nonBlank.slice(i + 1 + body.length)) {
    const found = metaOf(row);
    if (found && metaKeys[found.key] === "source" && found.value !== "") meta.source = found.value;
  }
  if (body.length === 0) return { ok: false, issues: [{ line: 0, column: null, problem: "no-rows" }] };

  // Columns: index → header text, skipping blank headers (padding); duplicates and non-years refused.
  const columns: { index: number; text: string }[] = [];
  const seen = new Map<string, number>();
  headCells.forEach((text, index) => {
    if (index === 0 || text === "") return;
    const key = head === "时间" ? text.normalize("NFKC").replace(/\s+/g, "") : String(parseYear(text) ?? text);
    if (seen.has(key)) issues.push({ line: header.line, column: text, problem: "duplicate-column" });
    else if (head !== "时间" && parseYear(text) === null) issues.push({ line: header.line, column: text, problem: "year-format", detail: cutShort(text) });
    seen.set(key, index);
    columns.push({ index, text });
  });

  const metaPlace = (key: keyof NbsMeta, label: string): Placed => ({ text: meta[key]!, line: metaLines.get(key) ?? 0, column: label });
  const national: Placed = { text: "全国", line: metaLines.get("database") ?? 0, column: "数据库：" };
  const regionFromMeta = (): { place: Placed; source: RegionSource } | null => {
    if (meta.region) return { place: metaPlace("region", "地区："), source: "region-line" };
    if (meta.database && /^年度数据$/.test(meta.database.trim())) return { place: national, source: "national-database" };
    return null;
  };
  const indicatorFromMeta = (): Placed => (meta.indicator ? metaPlace("indicator", "指标：") : { text: "", line: metaLines.get("database") ?? 0, column: "指标：" });

  // Years as rows: the columns are indicators when the file names one region (or is national), else regions.
  const columnsAreIndicators =
    head === "时间" && !meta.indicator && (meta.region !== undefined || regionFromMeta() !== null || columns.filter((c) => /[(（].+[)）]\s*$/.test(c.text)).length * 2 > columns.length);
  const layout: NbsLayout =
    head === "地区" ? "regions-by-years" : head === "指标" ? "indicators-by-years" : columnsAreIndicators ? "years-by-indicators" : "years-by-regions";

  let fixedRegion: { place: Placed; source: RegionSource } | null = null;
  if (layout === "indicators-by-years" || layout === "years-by-indicators") {
    fixedRegion = regionFromMeta();
    if (!fixedRegion) issues.push({ line: header.line, column: head, problem: "no-region-line" });
  }

  const indicatorLabels = new Map<string, Placed>();
  const addLabel = (place: Placed) => {
    if (!indicatorLabels.has(place.text)) indicatorLabels.set(place.text, place);
    return indicatorLabels.get(place.text)!;
  };
  if (layout === "regions-by-years" || layout === "years-by-regions") addLabel(indicatorFromMeta());
  if (layout === "years-by-indicators") for (const c of columns) addLabel({ text: c.text, line: header.line, column: c.text });

  const figures: NbsFigure[] = [];
  let skippedEmpty = 0;
  for (const row of body) {
    const cells = row.cells.map((c) => c.trim());
    const rowHead = cells[0] ?? "";
    const extra = cells.findIndex((c, index) => index > 0 && c !== "" && (index >= headCells.length || headCells[index] === ""));
    if (extra !== -1) {
      issues.push({ line: row.line, column: null, problem: "wrong-cell-count", detail: `${trimRow(cells).length}/${trimRow(headCells).length}` });
      continue;
    }
    if (rowHead === "") {
      issues.push({ line: row.line, column: head, problem: "required" });
      continue;
    }
    let rowYear: number | null = null;
    if (head === "时间") {
      rowYear = parseYear(rowHead);
      if (rowYear === null) {
        issues.push({ line: row.line, column: head, problem: "year-format", detail: cutShort(rowHead) });
        continue;
      }
    }
    const rowPlace: Placed = { text: rowHead, line: row.line, column: head };
    if (layout === "indicators-by-years") addLabel(rowPlace);
    for (const column of columns) {
      const value = cells[column.index] ?? "";
      if (emptyMarkers.has(value.normalize("NFKC"))) {
        skippedEmpty++;
        continue;
      }
      const columnPlace: Placed = { text: column.text, line: header.line, column: column.text };
      const year = rowYear ?? parseYear(column.text);
      if (year === null) continue; // the header is reported once above
      const region =
        layout === "regions-by-years" ? rowPlace : layout === "years-by-regions" ? columnPlace : fixedRegion?.place ?? { text: "", line: 0, column: head };
      const indicator =
        layout === "indicators-by-years" ? rowPlace : layout === "years-by-indicators" ? indicatorLabels.get(column.text)! : indicatorLabels.get(indicatorFromMeta().text)!;
      const yearAt = rowYear === null ? { line: header.line, column: column.text } : { line: row.line, column: head };
      figures.push({ line: row.line, region, indicator, year, yearAt, column: column.text, value });
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  const regionSource: RegionSource = layout === "regions-by-years" ? "rows" : layout === "years-by-regions" ? "columns" : fixedRegion!.source;
  return { ok: true, table: { layout, meta, regionSource, headerLine: header.line, indicatorLabels: [...indicatorLabels.values()], figures, skippedEmpty } };
}
