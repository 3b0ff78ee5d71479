// From the regions' raw figures to normalised indicator scores: coverage screening, imputation, outlier
// treatment, direction and normalisation, column by column, with every changed cell flagged.
import { screenCoverage, selectRows, type Exclusion } from "./coverage";
import { impute, type Matrix } from "./impute";
import { fitNormaliser, normaliseValue } from "./normalise";
import { applyTreatment, chooseTreatment, type Treatment } from "./outliers";
import type { IndexData, IndexSpec, Imputation, Normalisation, OutlierTreatment } from "./spec";
import { layoutOf, type Layout } from "./weights";

export type MethodChoices = { imputation: Imputation; outliers: OutlierTreatment; normalisation: Normalisation };

export type IndicatorWarning = {
  indicator: string;
  reason: "no-values" | "no-reference" | "zero-target" | "no-spread" | "not-in-spec";
};

/** The data in the spec's indicator order, screened: what every method choice starts from. */
export type Screened = {
  layout: Layout;
  /** Included regions, in input order. */
  regions: string[];
  raw: Matrix;
  previous?: Matrix;
  peerGroups?: string[];
  /** The national figure per indicator in spec order, NaN where none. */
  reference: Float64Array | null;
  excluded: Exclusion[];
  warnings: IndicatorWarning[];
};

function toMatrix(rows: readonly (readonly (number | null)[])[], columnOf: readonly number[]): Matrix {
  const columns = columnOf.length;
  const cells = new Float64Array(rows.length * columns).fill(NaN);
  rows.forEach((row, r) => columnOf.forEach((source, c) => source >= 0 && (cells[r * columns + c] = row[source] ?? NaN)));
  return { rows: rows.length, columns, cells };
}

/** Lines the data up with the spec (a spec indicator without data is an empty column) and screens coverage. */
export function screenData(spec: IndexSpec, data: IndexData): Screened {
  const layout = layoutOf(spec);
  const dataColumn = new Map(data.indicators.map((key, c) => [key, c]));
  const columnOf = layout.indicatorKeys.map((key) => dataColumn.get(key) ?? -1);
  const specKeys = new Set(layout.indicatorKeys);
  const warnings: IndicatorWarning[] = data.indicators.filter((key) => !specKeys.has(key)).map((indicator) => ({ indicator, reason: "not-in-spec" }));
  const all = toMatrix(data.values, columnOf);
  const { included, excluded } = screenCoverage(all, data.regions, layout.indicatorKeys, spec.method.coverage.minIndicatorShare);
  const reference = data.reference ? toMatrix([data.reference], columnOf).cells : null;
  return {
    layout,
    regions: included.map((r) => data.regions[r]!),
    raw: selectRows(all, included),
    previous: data.previous ? selectRows(toMatrix(data.previous, columnOf), included) : undefined,
    peerGroups: data.peerGroups ? included.map((r) => data.peerGroups![r]!) : undefined,
    reference,
    excluded,
    warnings,
  };
}

/** Cell flags: 1 imputed; 2 winsorised (the figure was clamped); 4 log-transformed. */
export const cellFlag = { imputed: 1, winsorised: 2, logged: 4 } as const;

export type Prepared = {
  /** Normalised scores, included regions × spec indicators, NaN where no figure could be had. */
  scores: Matrix;
  /** The national figure's normalised score per indicator (NaN where none). */
  referenceScores: Float64Array | null;
  flags: Uint8Array;
  treatments: Treatment[];
  warnings: IndicatorWarning[];
};

export function prepareScores(screened: Screened, choices: MethodChoices, rule: IndexSpec["method"]["outlierRule"]): Prepared {
  const { raw, layout } = screened;
  const { rows, columns } = raw;
  const { matrix, imputed } = impute(raw, choices.imputation, { previous: screened.previous, peerGroups: screened.peerGroups });
  const scores = new Float64Array(rows * columns).fill(NaN);
  const flags = Uint8Array.from(imputed);
  const referenceScores = screened.reference ? new Float64Array(columns).fill(NaN) : null;
  const treatments: Treatment[] = [];
  const warnings: IndicatorWarning[] = [];
  const present: number[] = [];
  const values: number[] = [];
  for (let c = 0; c < columns; c++) {
    const indicator = layout.indicatorKeys[c]!;
    present.length = 0;
    values.length = 0;
    for (let r = 0; r < rows; r++) {
      const v = matrix.cells[r * columns + c]!;
      if (!Number.isNaN(v)) {
        present.push(r);
        values.push(v);
      }
    }
    const treatment = chooseTreatment(values, choices.outliers, rule);
    treatments.push(treatment);
    const direction = layout.direction[c]!;
    const directed = values.map((v) => direction * applyTreatment(treatment, v));
    const referenceRaw = screened.reference?.[c];
    const reference = referenceRaw === undefined || Number.isNaN(referenceRaw) ? null : direction * applyTreatment(treatment, referenceRaw);
    const fit = fitNormaliser(choices.normalisation, directed, reference);
    if (fit.status === "not-normalisable") {
      warnings.push({ indicator, reason: fit.reason });
      continue;
    }
    if (fit.normaliser.kind === "minmax" && fit.normaliser.min === fit.normaliser.max) warnings.push({ indicator, reason: "no-spread" });
    present.forEach((r, i) => {
      const k = r * columns + c;
      scores[k] = normaliseValue(fit.normaliser, directed[i]!);
      if (treatment.kind === "log") flags[k]! |= cellFlag.logged;
      if (treatment.kind === "winsorised" && (values[i]! < treatment.low || values[i]! > treatment.high)) flags[k]! |= cellFlag.winsorised;
    });
    if (referenceScores && reference !== null) referenceScores[c] = normaliseValue(fit.normaliser, reference);
  }
  return { scores: { rows, columns, cells: scores }, referenceScores, flags, treatments, warnings };
}
