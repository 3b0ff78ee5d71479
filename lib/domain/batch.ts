// Reads "region, GDP per capita" lines as analysts paste them, classifies each region and, given a real
// growth rate and a base year, finds the year each region reaches the next stage.
import { parseAnalystNumber } from "./numbers";
import { projectGdp } from "./projection";
import type { StageScheme } from "./stage-scheme";
import { classifyGdp, nextThreshold } from "./stages";

export type BatchLine = { line: number; region: string; gdpPerCapitaUsd: number };
/**
 * format: no number at the end of the line; number: an ending that is not a number we read ("13953元");
 * columns: another number column before the figure ("北京,2023,28294"), or groups not of three ("1,23");
 * range: not above 0 or above maxGdpInBatch.
 */
export type BatchLineReason = "format" | "number" | "columns" | "range";
export type BatchLineError = { line: number; text: string; reason: BatchLineReason };
/** Compound growth of GDP per capita from a base year, as the /stage page's simple projection. */
export type BatchProjection = { growthPct: number; baseYear: number };
export type BatchRow = BatchLine & {
  stageKey: string;
  stageNameZh: string;
  stageOrder: number;
  nextThresholdUsd: number | null;
  gapUsd: number | null;
  /** First year in the next stage; null without a projection, at the top stage, or beyond the horizon. */
  reachesNextStageIn: number | null;
};

export const maxBatchLines = 2000;
export const maxGdpInBatch = 1_000_000;

/** The longest ending read as a figure ("1,000,000.00 美元" and quotes fit); it bounds the work per line. */
const maxFigureChars = 48;
/** A bad line is quoted back at most this long. */
const maxQuotedChars = 80;

const separator = /[\t,，;；\s]/;
const cellSeparator = /[\t,，;；]/;
const currencyBefore = /^(?:US\$|\$|＄)\s*/i;
const currencyAfter = /\s*(?:美元|USD|US\$|\$|＄)$/i;
const hasDigit = /[0-9０-９]/;
/** How a figure can begin: a digit, a sign, a decimal point, a quote or a dollar sign. */
const figureStart = /["$＄+\-＋－.．0-9０-９U]/i;
const digitsAcrossSpace = /[0-9０-９][\s\u3000]+[0-9０-９]/;
/** Digits split by spaces are one number only in groups of three ("13 953"), never "2025 13953". */
const spaceGrouped = /^[+\-＋－]?[0-9０-９]{1,3}(?:[\s\u3000][0-9０-９]{3})+(?:[.．][0-9０-９]+)?[\s\u3000]*[万萬亿億]?$/;

function unquote(text: string): string {
  const trimmed = text.trim();
  return /^".*"$/s.test(trimmed) ? trimmed.slice(1, -1).replace(/""/g, '"').trim() : trimmed;
}

/** The figure an ending of a line states in dollars, or null when it is not one number. */
function readFigure(ending: string): number | null {
  const text = unquote(ending).replace(currencyBefore, "").replace(currencyAfter, "");
  if (!hasDigit.test(text)) return null;
  if (digitsAcrossSpace.test(text) && !spaceGrouped.test(text)) return null;
  const read = parseAnalystNumber(text);
  return read.ok ? read.value : null;
}

type Split = { region: string; gdpPerCapitaUsd: number } | { reason: "format" | "number" | "columns" };

/**
 * Splits a line into region and figure at the leftmost separator after which the rest is one number, so
 * the figure is the longest number that ends the line: "中国,13,953" is 13953, not "中国,13" and 953. A region
 * whose last cell is itself a number ("北京,2023") means the line has more columns than two: refused.
 */
function splitLine(text: string): Split {
  let hasNumberColumn = false;
  for (let start = Math.max(0, text.length - maxFigureChars); start < text.length; start++) {
    if (!figureStart.test(text[start]!) || (start > 0 && !separator.test(text[start - 1]!))) continue;
    const gdpPerCapitaUsd = readFigure(text.slice(start));
    if (gdpPerCapitaUsd === null) continue;
    let regionEnd = start;
    while (regionEnd > 0 && separator.test(text[regionEnd - 1]!)) regionEnd--;
    const gap = text.slice(regionEnd, start);
    const region = text.slice(0, regionEnd).trim();
    const lastCell = (cellSeparator.test(gap) ? region.split(cellSeparator) : region.split(/\s+/)).at(-1) ?? "";
    if (region !== "" && parseAnalystNumber(unquote(lastCell)).ok) {
      hasNumberColumn = true;
      continue;
    }
    return { region: unquote(region), gdpPerCapitaUsd };
  }
  if (hasNumberColumn) return { reason: "columns" };
  return { reason: hasDigit.test(text) ? "number" : "format" };
}

function quoted(text: string): string {
  return text.length > maxQuotedChars ? `${text.slice(0, maxQuotedChars)}…` : text;
}

export function parseBatchText(text: string): { lines: BatchLine[]; errors: BatchLineError[] } {
  const lines: BatchLine[] = [];
  const errors: BatchLineError[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === "" || trimmed.startsWith("#")) return;
      // A first line without a digit is a header such as "region,gdp".
      if (lines.length === 0 && errors.length === 0 && !hasDigit.test(trimmed)) return;
      const split = splitLine(trimmed);
      if ("reason" in split) errors.push({ line, text: quoted(trimmed), reason: split.reason });
      else if (split.gdpPerCapitaUsd <= 0 || split.gdpPerCapitaUsd > maxGdpInBatch) errors.push({ line, text: quoted(trimmed), reason: "range" });
      else lines.push({ line, ...split });
    });
  return { lines, errors };
}

export function classifyBatch(scheme: StageScheme, lines: BatchLine[], projection: BatchProjection | null = null): BatchRow[] {
  return lines.map((l) => {
    const band = classifyGdp(scheme, l.gdpPerCapitaUsd);
    const next = nextThreshold(scheme, l.gdpPerCapitaUsd);
    const reachesNextStageIn =
      projection && next
        ? projectGdp(scheme, { year: projection.baseYear, gdpPerCapitaUsd: l.gdpPerCapitaUsd }, { realGrowthPct: projection.growthPct }).reachesNextStageIn
        : null;
    return {
      ...l,
      stageKey: band.key,
      stageNameZh: band.nameZh,
      stageOrder: band.order,
      nextThresholdUsd: next?.thresholdUsd ?? null,
      gapUsd: next ? Number(next.gapUsd.toFixed(2)) : null,
      reachesNextStageIn,
    };
  });
}
