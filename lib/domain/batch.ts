// Reads "region, GDP per capita" lines for the batch stage checker and classifies each region.
import type { StageScheme } from "./stage-scheme";
import { classifyGdp, nextThreshold } from "./stages";

export type BatchLine = { line: number; region: string; gdpPerCapitaUsd: number };
export type BatchLineError = { line: number; text: string; reason: "format" | "number" | "range" };
export type BatchRow = BatchLine & {
  stageKey: string;
  stageNameZh: string;
  stageOrder: number;
  nextThresholdUsd: number | null;
  gapUsd: number | null;
};

export const maxBatchLines = 2000;
export const maxGdpInBatch = 1_000_000;

// Lazy region, then the last separator that is followed by a number (so "28,000" and
// "Hong Kong, China, 50000" both read as intended), then an optional currency word.
const linePattern = /^(.+?)\s*[,，\t;；]\s*([+-]?[\d,，]*\.?\d+)\s*(美元|USD|usd|\$)?\s*$/;

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
      const match = linePattern.exec(trimmed);
      if (!match) {
        // A first line without a number is a header such as "region,gdp".
        if (lines.length === 0 && errors.length === 0 && !/\d/.test(trimmed)) return;
        errors.push({ line, text: trimmed, reason: "format" });
        return;
      }
      const value = Number(match[2]!.replace(/[,，]/g, ""));
      if (!Number.isFinite(value)) errors.push({ line, text: trimmed, reason: "number" });
      else if (value <= 0 || value > maxGdpInBatch) errors.push({ line, text: trimmed, reason: "range" });
      else lines.push({ line, region: match[1]!.trim(), gdpPerCapitaUsd: value });
    });
  return { lines, errors };
}

export function classifyBatch(scheme: StageScheme, lines: BatchLine[]): BatchRow[] {
  return lines.map((l) => {
    const band = classifyGdp(scheme, l.gdpPerCapitaUsd);
    const next = nextThreshold(scheme, l.gdpPerCapitaUsd);
    return {
      ...l,
      stageKey: band.key,
      stageNameZh: band.nameZh,
      stageOrder: band.order,
      nextThresholdUsd: next?.thresholdUsd ?? null,
      gapUsd: next ? Number(next.gapUsd.toFixed(2)) : null,
    };
  });
}
