// An .xlsx workbook to a grid of text cells: fflate unzips (synchronously, with a cap on what the parts
// may expand to), and a small SpreadsheetML reader takes the sheet's values. Cells holding formulas are
// reported, not evaluated or read from the cache: an import must hold the figures themselves.
import { unzipSync } from "fflate";
import { plainDecimal } from "@/lib/format";
import type { GridRow } from "./grid";
import { cutShort, type ImportIssue } from "./issues";

export type XlsxRead =
  | { ok: true; sheet: string; sheets: string[]; rows: GridRow[] }
  | { ok: false; issues: ImportIssue[]; sheets?: string[] };

/** What one part of the workbook may expand to (a 20 MB upload of a 200,000-row sheet stays well under). */
const maxPartBytes = 160_000_000;

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export const isZip = (bytes: Uint8Array) => startsWith(bytes, zipMagic);
/** The old binary Excel format (and encrypted workbooks, which share its container). */
export const isOleDocument = (bytes: Uint8Array) => startsWith(bytes, oleMagic);

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text to a string: entities, character references and Excel's _xHHHH_ escapes. */
export function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) =>
      ref[0] === "#" ? String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : entities[ref.toLowerCase()]!)
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1]!, xmlText(m[2] ?? m[3] ?? ""));
  return found;
}

/** The text of a shared or inline string: its runs, without phonetic (rPh) hints. */
function stringItem(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += xmlText(m[1] ?? "");
  return text;
}

export function readSharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItem(m[1] ?? ""));
}

/** Column letters to a 0-based index: A → 0, AA → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

export type SheetCells = { rows: GridRow[]; formulas: { ref: string; formula: string }[] };

/** A worksheet's cells as text by row number (1-based, as Excel shows it); formula cells listed apart. */
export function readSheetXml(xml: string, shared: string[]): SheetCells {
  const rows: GridRow[] = [];
  const formulas: SheetCells["formulas"] = [];
  let rowNumber = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/\br\s*=\s*"(\d+)"/.exec(row[1]!)?.[1]);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    const cells: string[] = [];
    let col = -1;
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      // Only r (the reference) and t (the type) matter; a cell's other attributes are styling.
      const refText = /\br\s*=\s*"([^"]*)"/.exec(cell[1]!)?.[1];
      const ref = /^([A-Z]+)\d*$/i.exec(refText ?? "");
      col = ref ? columnIndex(ref[1]!) : col + 1;
      const inner = cell[2] ?? "";
      const formula = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
      if (formula) formulas.push({ ref: refText ?? `R${rowNumber}C${col + 1}`, formula: `=${xmlText(formula[1] ?? "")}` });
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const type = /\bt\s*=\s*"([^"]*)"/.exec(cell[1]!)?.[1] ?? "n";
      let text = "";
      if (type === "s") text = shared[Number(v)] ?? "";
      else if (type === "inlineStr") text = stringItem(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
      else if (type === "b") text = v === "1" ? "TRUE" : v === "0" ? "FALSE" : "";
      else if (v !== undefined) {
        const raw = xmlText(v).trim();
        // Numbers as their shortest exact decimal (Excel may store 4.2999999999999998 for 4.3).
        text = type === "n" && raw !== "" && Number.isFinite(Number(raw)) ? plainDecimal(Number(raw)) : raw;
      }
      while (cells.length < col) cells.push("");
      cells[col] = text;
    }
    rows.push({ line: rowNumber, cells });
  }
  return { rows, formulas };
}

function partPath(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  // Resolve ./ and ../ the way a relationship target may be written.
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

const corrupt = (detail?: string): XlsxRead => ({ ok: false, issues: [{ line: 0, column: null, problem: "bad-xlsx", detail }] });

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> | "too-large" | "corrupt" {
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > maxPartBytes) tooLarge = true;
        return !tooLarge;
      },
    });
    return tooLarge ? "too-large" : new Map(Object.entries(files));
  } catch {
    return "corrupt";
  }
}

const utf8 = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder("utf-8").decode(bytes) : undefined);

/** Reads the named sheet, or the first one; every formula cell is a problem with its cell reference. */
export function readXlsx(bytes: Uint8Array, sheetName?: string): XlsxRead {
  const meta = unzip(bytes, (name) => name === "xl/workbook.xml" || name === "xl/_rels/workbook.xml.rels");
  if (meta === "corrupt") return corrupt();
  if (meta === "too-large") return { ok: false, issues: [{ line: 0, column: null, problem: "too-large" }] };
  const workbook = utf8(meta.get("xl/workbook.xml"));
  const rels = utf8(meta.get("xl/_rels/workbook.xml.rels"));
  if (!workbook || !rels) return corrupt("xl/workbook.xml");

  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]!);
    if (a.get("Id") && a.get("Target")) targets.set(a.get("Id")!, partPath(a.get("Target")!));
  }
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1]!);
    const rid = [...a.entries()].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
    return { name: a.get("name") ?? "", path: rid ? targets.get(rid) : undefined };
  });
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) return corrupt("xl/workbook.xml");
  const chosen = sheetName ? sheets.find((s) => s.name === sheetName) : sheets[0];
  if (!chosen) return { ok: false, sheets: names, issues: [{ line: 0, column: null, problem: "no-sheet", detail: cutShort(`${sheetName}(${names.join("、")})`, 120) }] };
  if (!chosen.path) return corrupt(chosen.name);

  const parts = unzip(bytes, (name) => name === chosen.path || name === "xl/sharedStrings.xml");
  if (parts === "corrupt") return { ...corrupt(chosen.name), sheets: names };
  if (parts === "too-large") return { ok: false, sheets: names, issues: [{ line: 0, column: null, problem: "too-large" }] };
  const sheetXml = utf8(parts.get(chosen.path));
  if (sheetXml === undefined) return { ...corrupt(chosen.path), sheets: names };
  const shared = readSharedStrings(utf8(parts.get("xl/sharedStrings.xml")) ?? "");
  const { rows, formulas } = readSheetXml(sheetXml, shared);
  if (formulas.length > 0) {
    const issues = formulas.map((f): ImportIssue => ({ line: Number(/\d+$/.exec(f.ref)?.[0] ?? 0), column: f.ref, problem: "formula-cell", detail: cutShort(f.formula) }));
    return { ok: false, sheets: names, issues };
  }
  return { ok: true, sheet: chosen.name, sheets: names, rows };
}
