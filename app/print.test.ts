// app/print.css picks charts drawn wider than an A4 column by their SVG's width attribute: it must name the
// width the chart frame draws its full-width charts at, or those charts print their text at about 5 pt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartWidths } from "@/components/charts/server-chart";

const printCss = readFileSync(join(__dirname, "print.css"), "utf8");
/** The A4 column between print.css's 12 mm margins, in CSS px. */
const a4ColumnPx = ((210 - 2 * 12) / 25.4) * 96;

describe("print.css", () => {
  it("prints the phone drawing for every chart width wider than the A4 column", () => {
    const tooWide = Object.values(chartWidths).filter((width) => width > a4ColumnPx);
    expect(tooWide.length).toBeGreaterThan(0);
    for (const width of tooWide) expect(printCss).toContain(`svg[width="${width}"]`);
  });

  it("sets the margins the column above assumes", () => {
    expect(printCss).toMatch(/@page\s*{[^}]*size:\s*A4;[^}]*margin:\s*12mm\b/);
  });
});
