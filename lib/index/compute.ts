// The index for one spec and one year's data: scores, ranks, pillar scores, groups relative to the
// national composite, flags and exclusions, as plain data a page or an API can show as it is.
import { aggregateScores } from "./aggregate";
import type { Exclusion } from "./coverage";
import { percentOfReference, performanceGroup, tierOf, type PerformanceGroup, type Tier } from "./groups";
import { cellFlag, prepareScores, screenData, type IndicatorWarning, type Prepared } from "./prepare";
import { competitionRanks } from "./rank";
import type { IndexData, IndexSpec } from "./spec";
import { pillarWeightsByRegion, type PillarWeightsFor } from "./weights";

export type RegionScore = {
  region: string;
  /** NaN-free: a region with no usable figure at all is listed among the unscored instead. */
  score: number;
  rank: number;
  pillars: { key: string; score: number | null }[];
  /** The score as % of the national composite, its EIS group and its tier; null without a national figure. */
  percentOfNational: number | null;
  group: PerformanceGroup | null;
  tier: Tier | null;
  imputed: string[];
  winsorised: string[];
  logged: string[];
};

export type IndexResult =
  | {
      status: "computed";
      spec: { key: string; version: string };
      /** Highest score first; ties keep input order. */
      regions: RegionScore[];
      nationalScore: number | null;
      excluded: Exclusion[];
      warnings: IndicatorWarning[];
    }
  | { status: "empty"; reason: "no-region-covered" | "no-score"; excluded: Exclusion[]; warnings: IndicatorWarning[] };

export type ComputeOptions = {
  /** Stage-based weighting: each region's pillar weights (e.g. by its stage of development, as the GCR). */
  pillarWeightsFor?: PillarWeightsFor;
};

function flaggedKeys(prepared: Prepared, row: number, flag: number, keys: readonly string[]): string[] {
  const { columns } = prepared.scores;
  return keys.filter((_, c) => (prepared.flags[row * columns + c]! & flag) !== 0);
}

/** Runs the whole pipeline with the spec's own method choices. */
export function computeIndex(spec: IndexSpec, data: IndexData, options: ComputeOptions = {}): IndexResult {
  const screened = screenData(spec, data);
  const { layout } = screened;
  if (screened.regions.length === 0) return { status: "empty", reason: "no-region-covered", excluded: screened.excluded, warnings: screened.warnings };
  const prepared = prepareScores(screened, spec.method, spec.method.outlierRule);
  const warnings = [...screened.warnings, ...prepared.warnings];
  const weights = pillarWeightsByRegion(layout, screened.regions, options.pillarWeightsFor);
  const { index, pillars } = aggregateScores(prepared.scores, layout, weights, spec.method.aggregation);
  const national = prepared.referenceScores
    ? aggregateScores({ rows: 1, columns: layout.indicatorKeys.length, cells: prepared.referenceScores }, layout, layout.pillarWeights, spec.method.aggregation).index[0]!
    : NaN;
  const nationalScore = Number.isNaN(national) ? null : national;
  const ranks = competitionRanks(index);
  const regions: RegionScore[] = [];
  screened.regions.forEach((region, r) => {
    const score = index[r]!;
    if (Number.isNaN(score)) return;
    const percent = nationalScore === null ? null : percentOfReference(score, nationalScore);
    regions.push({
      region,
      score,
      rank: ranks[r]!,
      pillars: layout.pillarKeys.map((key, p) => {
        const value = pillars.cells[r * pillars.columns + p]!;
        return { key, score: Number.isNaN(value) ? null : value };
      }),
      percentOfNational: percent,
      group: percent === null ? null : performanceGroup(percent),
      tier: nationalScore === null ? null : tierOf(score, nationalScore),
      imputed: flaggedKeys(prepared, r, cellFlag.imputed, layout.indicatorKeys),
      winsorised: flaggedKeys(prepared, r, cellFlag.winsorised, layout.indicatorKeys),
      logged: flaggedKeys(prepared, r, cellFlag.logged, layout.indicatorKeys),
    });
  });
  if (regions.length === 0) return { status: "empty", reason: "no-score", excluded: screened.excluded, warnings };
  regions.sort((a, b) => a.rank - b.rank);
  return { status: "computed", spec: { key: spec.key, version: spec.version }, regions, nationalScore, excluded: screened.excluded, warnings };
}
