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
