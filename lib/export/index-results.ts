// The index's results as files an analyst opens in a spreadsheet: one row per ranked region with its
// score, group, pillar scores and rank interval (CSV), and the same with the regions left out and a sheet
// saying what the figures are (xlsx). Built from the API's own DTO, so every format says the same thing.
// The columns are the same in both languages (a contract: group_zh is always the Chinese group name); the
// workbook's sheet names and its "about" sheet follow the page's language (the framework by its English
// title in English, where the spec gives one).
import type { IndexDto } from "@/lib/api/composite-index";
import { toCsv } from "@/lib/csv";
import { indexPageText } from "@/lib/index/messages";
import type { IndexSpec } from "@/lib/index/spec";
import { specTitle } from "@/lib/index/stored-text";
import type { Locale } from "@/lib/i18n/locales";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";
import { writeXlsx, type XlsxCell } from "./xlsx";

/** kechan-index-default-2023.csv */
export function indexDownloadName(spec: string, year: number, extension: "csv" | "xlsx" | "json"): string {
  return `kechan-index-${spec}-${year}.${extension}`;
}

const groupName = (group: string | null): string | null =>
  group !== null && Object.hasOwn(indexPageMessages.groupNames, group) ? indexPageMessages.groupNames[group as keyof typeof indexPageMessages.groupNames] : null;

/** A table cell of the results: text, a number or empty (never a formula). */
type Cell = string | number | null;
export type IndexTable = { columns: string[]; rows: Cell[][] };

/** One row per ranked region, in rank order; one column per pillar (pillar_<key>). */
export function indexResultTable(dto: IndexDto, spec: IndexSpec): IndexTable {
  const pillarKeys = spec.pillars.map((p) => p.key);
  const columns = [
    "spec", "version", "year", "rank", "region", "region_name_zh", "score", "group", "group_zh", "percent_of_national", "tier",
    "median_rank", "rank_p5", "rank_p95", ...pillarKeys.map((k) => `pillar_${k}`), "imputed", "winsorised", "logged",
  ];
  const rows = dto.regions.map((r): Cell[] => [
    dto.spec, dto.version, dto.year, r.rank, r.slug, r.nameZh, r.score, r.group, groupName(r.group), r.percentOfNational, r.tier,
    r.medianRank, r.rankInterval?.[0] ?? null, r.rankInterval?.[1] ?? null,
    ...pillarKeys.map((k) => (Object.hasOwn(r.pillars, k) ? (r.pillars[k] ?? null) : null)),
    r.imputed.join(" "), r.winsorised.join(" "), r.logged.join(" "),
  ]);
  return { columns, rows };
}

export function indexExcludedTable(dto: IndexDto): IndexTable {
  return {
    columns: ["region", "region_name_zh", "reason", "share_with_figures", "missing"],
    rows: dto.excluded.map((e) => [e.slug, e.nameZh, e.reason, e.share, e.missing.join(" ")]),
  };
}

export function indexResultsCsv(dto: IndexDto, spec: IndexSpec): string {
  const { columns, rows } = indexResultTable(dto, spec);
  return toCsv(columns, rows);
}

/** The workbook: results, the regions left out, and what it all is (framework, year, method, sources). */
export function indexResultsXlsx(dto: IndexDto, spec: IndexSpec, sources: readonly string[], locale: Locale): Uint8Array {
  const m = indexPageText(locale).xlsx;
  const results = indexResultTable(dto, spec);
  const excluded = indexExcludedTable(dto);
  const about: XlsxCell[][] = [
    ["item", "value"],
    ...m.aboutRows(specTitle(locale, spec), spec.version, dto.year, dto.uncertainty.runs, dto.uncertainty.seed),
    ...sources.map((s) => [m.sources, s]),
    [m.compiled, ""],
  ];
  return writeXlsx([
    { name: m.results, rows: [results.columns, ...results.rows] },
    { name: m.excluded, rows: [excluded.columns, ...excluded.rows] },
    { name: m.about, rows: about },
  ]);
}
