// Pillar scores per region as a shaded table (regions × pillars): each cell's number on a light-to-dark
// blue by where it falls in the range of all the cells, so strong and weak pillars stand out, and the
// number itself stays readable (sequential-scale.ts picks a text colour with enough contrast).
import { sequentialColours, type BinColour } from "./sequential-scale";

export type PillarTableCell = { score: number | null; text: string; colour: BinColour | null };
export type PillarTableRow = { slug: string; name: string; rank: number; score: string; cells: PillarTableCell[] };

export type PillarScoresInput = { slug: string; name: string; rank: number; score: number; pillars: Record<string, number | null> };

const binCount = 5;

/** Scores to one decimal; a missing pillar score is "—". */
export const scoreText = (score: number | null): string => (score === null ? "—" : score.toFixed(1));

/** Rows in the order given (rank order), cells in `pillarKeys` order; a pillar key a region lacks is a missing score. */
export function pillarTableRows(regions: readonly PillarScoresInput[], pillarKeys: readonly string[]): PillarTableRow[] {
  const scoreOf = (r: PillarScoresInput, key: string): number | null => (Object.hasOwn(r.pillars, key) ? (r.pillars[key] ?? null) : null);
  const all = regions.flatMap((r) => pillarKeys.map((k) => scoreOf(r, k))).filter((v): v is number => v !== null);
  const low = Math.min(...all);
  const high = Math.max(...all);
  const colours = sequentialColours(binCount);
  const colourOf = (score: number): BinColour =>
    high > low ? colours[Math.min(binCount - 1, Math.floor(((score - low) / (high - low)) * binCount))]! : colours[0]!;
  return regions.map((r) => ({
    slug: r.slug,
    name: r.name,
    rank: r.rank,
    score: scoreText(r.score),
    cells: pillarKeys.map((key) => {
      const score = scoreOf(r, key);
      return { score, text: scoreText(score), colour: score === null ? null : colourOf(score) };
    }),
  }));
}
