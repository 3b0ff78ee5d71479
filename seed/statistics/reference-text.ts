// Finds a figure in the retrieved text of its table: the first line that holds the row label, then the
// nth number after the label. Counting goes on into the following lines (at most `maxLinesAfter`), because
// some statistical pages put every table cell on a line of its own. Numbers are digit runs with optional
// thousands commas (groups of exactly three digits, so "228167,2176.9" in a CSV is two numbers) and one
// decimal part; a minus sign directly before a digit belongs to the number.
const numberPattern = /-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;
const maxLinesAfter = 60;

export type Located = { line: number; token: string } | { line: null; reason: string };

export function locateFigure(reference: string, rowLabel: string, nth: number): Located {
  const lines = reference.normalize("NFKC").split(/\r?\n/);
  const label = rowLabel.normalize("NFKC");
  const start = lines.findIndex((line) => line.includes(label));
  if (start < 0) return { line: null, reason: `no line holds "${rowLabel}"` };
  let seen = 0;
  for (let i = start; i < lines.length && i <= start + maxLinesAfter; i++) {
    const line = lines[i] ?? "";
    const rest = i === start ? line.slice(line.indexOf(label) + label.length) : line;
    for (const token of rest.match(numberPattern) ?? []) {
      seen++;
      if (seen === nth) return { line: i + 1, token };
    }
  }
  return { line: null, reason: `only ${seen} number(s) within ${maxLinesAfter} lines after "${rowLabel}" (line ${start + 1}), not ${nth}` };
}

/** The number a table writes: "56,044" → 56044, "2.65" → 2.65; null for anything else. */
export function parseTableNumber(text: string): number | null {
  const t = text.normalize("NFKC").trim();
  if (!/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t.replace(/,/g, ""));
}
