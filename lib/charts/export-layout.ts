// Where an exported chart picture puts its title, subtitle (units, years) and source line around the drawn chart,
// so a PNG or SVG pasted into a report still says what it shows and where the figures come from. Pure: the
// browser script (lib/client/chart-downloads.ts) turns the layout into SVG elements.

export type ExportText = { text: string; x: number; y: number; size: number; weight: 400 | 700; fill: string };
export type ExportLayout = { width: number; height: number; chart: { x: number; y: number }; texts: ExportText[] };

const padding = 16;
const sizes = { title: 16, subtitle: 13, source: 12 } as const;
const lineGap = 1.45;

/** Drawn width of a line, roughly: CJK and full-width characters are one em, the rest about half. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char) ? size : size * 0.56;
  return width;
}

/** What a line may break after: one CJK character (Chinese has no spaces to break at), or a Latin word with its trailing spaces. */
const breakUnits = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+\s*|\s+/gu;

/**
 * Lines of at most `maxWidth`: Chinese broken between characters, English between words (the space at a break is
 * dropped); a word wider than a line is broken between its letters.
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    const trimmed = line.trimEnd();
    if (trimmed !== "") lines.push(trimmed);
    line = "";
  };
  for (const unit of text.match(breakUnits) ?? []) {
    if (line !== "" && textWidth((line + unit).trimEnd(), size) > maxWidth) push();
    if (textWidth(unit.trimEnd(), size) <= maxWidth) {
      line += unit;
      continue;
    }
    for (const char of unit) {
      if (line !== "" && textWidth(line + char, size) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}

export function exportLayout(parts: { title: string; subtitle: string; sourceLine: string; chartWidth: number; chartHeight: number }): ExportLayout {
  const width = parts.chartWidth + 2 * padding;
  const textWidthMax = parts.chartWidth;
  const texts: ExportText[] = [];
  let y = padding;
  const block = (text: string, size: number, weight: 400 | 700, fill: string) => {
    for (const line of wrapText(text, textWidthMax, size)) {
      y += size;
      texts.push({ text: line, x: padding, y, size, weight, fill });
      y += size * (lineGap - 1);
    }
  };
  block(parts.title, sizes.title, 700, "#111827");
  if (parts.subtitle) block(parts.subtitle, sizes.subtitle, 400, "#4b5563");
  y += 8;
  const chart = { x: padding, y };
  y += parts.chartHeight + 8;
  block(parts.sourceLine, sizes.source, 400, "#4b5563");
  return { width, height: Math.ceil(y + padding), chart, texts };
}
