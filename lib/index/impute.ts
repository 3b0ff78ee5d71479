// Imputation of missing figures: the mean of the region's peer group, or the region's previous-year figure.
// Imputed cells are flagged so every page can say which figures are estimates.
import type { Imputation } from "./spec";

/** A region × indicator matrix, row-major, NaN where there is no figure. */
export type Matrix = { rows: number; columns: number; cells: Float64Array };

export type Imputed = { matrix: Matrix; imputed: Uint8Array };

export type ImputationContext = {
  /** Last year's figures in the same layout as the matrix, for "last-year". */
  previous?: Matrix;
  /** A peer-group label per row, for "group-mean"; without it every region is one group. */
  peerGroups?: readonly string[];
};

/**
 * Fills the gaps the method can fill; a gap it cannot fill (no peer has the figure, no figure last year)
 * stays NaN and the aggregation leaves that indicator out for that region.
 */
export function impute(matrix: Matrix, method: Imputation, context: ImputationContext = {}): Imputed {
  const { rows, columns } = matrix;
  const cells = Float64Array.from(matrix.cells);
  const imputed = new Uint8Array(rows * columns);
  if (method === "last-year" && context.previous) {
    const previous = context.previous.cells;
    for (let k = 0; k < cells.length; k++) {
      if (Number.isNaN(cells[k]!) && !Number.isNaN(previous[k]!)) {
        cells[k] = previous[k]!;
        imputed[k] = 1;
      }
    }
  }
  if (method === "group-mean") {
    const groupIndex = new Map<string, number>();
    const groupOfRow = Array.from({ length: rows }, (_, r) => {
      const label = context.peerGroups?.[r] ?? "";
      if (!groupIndex.has(label)) groupIndex.set(label, groupIndex.size);
      return groupIndex.get(label)!;
    });
    const sums = new Float64Array(groupIndex.size);
    const counts = new Uint32Array(groupIndex.size);
    for (let c = 0; c < columns; c++) {
      sums.fill(0);
      counts.fill(0);
      for (let r = 0; r < rows; r++) {
        const v = matrix.cells[r * columns + c]!;
        if (!Number.isNaN(v)) {
          sums[groupOfRow[r]!]! += v;
          counts[groupOfRow[r]!]!++;
        }
      }
      for (let r = 0; r < rows; r++) {
        const k = r * columns + c;
        const g = groupOfRow[r]!;
        if (Number.isNaN(cells[k]!) && counts[g]! > 0) {
          cells[k] = sums[g]! / counts[g]!;
          imputed[k] = 1;
        }
      }
    }
  }
  return { matrix: { rows, columns, cells }, imputed };
}
