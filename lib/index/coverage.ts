// Coverage screening: a region with too few figures is left out of the index, with the reason and the
// indicators it lacks, rather than ranked on a handful of estimates.
import type { Matrix } from "./impute";

export type Exclusion = {
  region: string;
  reason: "coverage";
  /** Share of indicators with a figure (before imputation), 0–1. */
  share: number;
  required: number;
  missing: string[];
};

export type Screened = { included: number[]; excluded: Exclusion[] };

/** Rows with at least `minShare` of their cells present are kept (in input order); the rest are excluded. */
export function screenCoverage(matrix: Matrix, regions: readonly string[], indicators: readonly string[], minShare: number): Screened {
  const included: number[] = [];
  const excluded: Exclusion[] = [];
  for (let r = 0; r < matrix.rows; r++) {
    const missing: string[] = [];
    for (let c = 0; c < matrix.columns; c++) if (Number.isNaN(matrix.cells[r * matrix.columns + c]!)) missing.push(indicators[c]!);
    const share = (matrix.columns - missing.length) / matrix.columns;
    // A tolerance for floating point only: 2 of 3 must pass a rule of 2 / 3.
    if (share + 1e-9 >= minShare) included.push(r);
    else excluded.push({ region: regions[r]!, reason: "coverage", share, required: minShare, missing });
  }
  return { included, excluded };
}

/** The rows of `matrix` listed in `rows`, in that order. */
export function selectRows(matrix: Matrix, rows: readonly number[]): Matrix {
  const cells = new Float64Array(rows.length * matrix.columns);
  rows.forEach((r, i) => cells.set(matrix.cells.subarray(r * matrix.columns, (r + 1) * matrix.columns), i * matrix.columns));
  return { rows: rows.length, columns: matrix.columns, cells };
}
