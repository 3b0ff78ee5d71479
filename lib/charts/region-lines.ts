// The region comparison's chart of one indicator: the compared regions' lines and the national figure as the
// dashed reference (drawn by year-lines.ts), unless the national figure is a total that would flatten them.
import type { YearLine } from "./year-lines";

/** Past this ratio the national figure is a total that dwarfs the regions' (R&D spending, say): drawn on the same
 * axis it would flatten their lines into the floor, so the chart leaves it out and the table keeps it. */
const referenceRatio = 5;

export function referenceFits(lines: YearLine[], reference: YearLine): boolean {
  const top = (line: YearLine) => Math.max(...line.figures.map((f) => Math.abs(f.value)), 0);
  const regions = Math.max(...lines.map(top), 0);
  return regions === 0 || top(reference) <= regions * referenceRatio;
}
