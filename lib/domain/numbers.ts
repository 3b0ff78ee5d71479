// Reads a number the way the source documents write it: "13953", "31.3%", "24,000", "2.4萬", "9000億".

const multipliers: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const documentNumber = /^([+-]?\d[\d,，]*(?:\.\d+)?)\s*([万萬亿億])?/;

/** The numeric value of a document's written figure, or null when it does not start with a number. */
export function parseDocumentNumber(written: string): number | null {
  const match = documentNumber.exec(written.trim());
  if (!match?.[1]) return null;
  const digits = Number(match[1].replace(/[,，]/g, ""));
  if (!Number.isFinite(digits)) return null;
  const multiplier = match[2] ? (multipliers[match[2]] ?? 1) : 1;
  // Round away binary noise such as 2.4 × 10000 = 23999.999999999996.
  return Number((digits * multiplier).toPrecision(12));
}

/** Text with every kind of white space removed, so figures broken across lines still match. */
export function squeezeWhitespace(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}

/** Full-width digits and signs (０-９ ＋ － ． ，) as their ASCII twins. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF0C]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Thousands separators in groups of three only: "13,953" and "1,234,567", never "1,23". */
const analystNumber = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?([万萬亿億])?$/;

export type AnalystNumber = { ok: true; value: number } | { ok: false };

/**
 * A number as an analyst types it into a form: "13953", "13,953", "13 953", "１３９５３", "1.4万", "2.5亿", "-0.3".
 * Only a whole entry that is a number is read ("13953元" or "1,23" are not); the JSON API stays strict.
 */
export function parseAnalystNumber(typed: string): AnalystNumber {
  const text = halfWidth(typed).replace(/[\s\u3000]+/g, "").replace(/[，]/g, ",");
  const match = analystNumber.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return { ok: false };
  const digits = Number(`${match[1]}${(match[2] ?? "0").replace(/,/g, "")}${match[3] ?? ""}`);
  if (!Number.isFinite(digits)) return { ok: false };
  const multiplier = match[4] ? (multipliers[match[4]] ?? 1) : 1;
  return { ok: true, value: Number((digits * multiplier).toPrecision(12)) };
}
