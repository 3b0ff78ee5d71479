// The Monte Carlo runner's shaping: its settings as typed (runs, weight noise, which method choices vary),
// each region's rank interval placed on a 1…n scale for a whisker, and the sensitivity indices labelled
// and read in one line. Pure; the worker (lib/client/index-worker.ts) runs what these settings describe.
import { parseAnalystNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { IndexRegionMeta } from "./inputs";
import type { Alternatives } from "./model";
import type { IndexSpec } from "./spec";
import type { RankInterval, SensitivityResult } from "./uncertainty";
import { defaultAlternatives, defaultRuns, defaultWeightNoise } from "./uncertainty-settings";
import type { MethodChoice } from "./what-if";

export const runLimits = { min: 100, max: 5000 } as const;
/** Weight noise as a share: at most ±50 %. */
export const weightNoiseLimits = { min: 0, max: 0.5 } as const;

export type UncertaintyDraft = { runs: string; weightNoisePercent: string; vary: Record<MethodChoice, boolean> };

export function defaultUncertaintyDraft(): UncertaintyDraft {
  return {
    runs: String(defaultRuns),
    weightNoisePercent: String(defaultWeightNoise * 100),
    vary: { normalisation: true, imputation: true, outliers: true, aggregation: true },
  };
}

export type SettingProblem = "not-a-number" | "not-whole" | "range";

export type RunnerSettings = { runs: number; weightNoise: number; alternatives: Alternatives };

export type RunnerSettingsReading =
  | { ok: true; settings: RunnerSettings }
  | { ok: false; problems: { runs: SettingProblem | null; weightNoise: SettingProblem | null } };

/** The options a method choice is varied over: the spec's own and its common alternative (one when fixed). */
export function varyingOptions(spec: IndexSpec, choice: MethodChoice): readonly string[] {
  return defaultAlternatives(spec)[choice] ?? [spec.method[choice]];
}

export function readRunnerSettings(spec: IndexSpec, draft: UncertaintyDraft): RunnerSettingsReading {
  const runs = parseAnalystNumber(draft.runs);
  const runsProblem: SettingProblem | null = !runs.ok
    ? "not-a-number"
    : !Number.isInteger(runs.value)
      ? "not-whole"
      : runs.value < runLimits.min || runs.value > runLimits.max
        ? "range"
        : null;
  const noiseText = draft.weightNoisePercent.trim().replace(/[%％]$/, "");
  const noise = parseAnalystNumber(noiseText);
  const noiseShare = noise.ok ? Number((noise.value / 100).toPrecision(12)) : NaN;
  const noiseProblem: SettingProblem | null = !noise.ok ? "not-a-number" : noiseShare < weightNoiseLimits.min || noiseShare > weightNoiseLimits.max ? "range" : null;
  if (runsProblem || noiseProblem || !runs.ok) return { ok: false, problems: { runs: runsProblem, weightNoise: noiseProblem } };
  const defaults = defaultAlternatives(spec);
  // A choice left unticked keeps the spec's own method: one option is no uncertainty.
  const alternatives: Alternatives = {
    normalisation: draft.vary.normalisation ? defaults.normalisation : [spec.method.normalisation],
    imputation: draft.vary.imputation ? defaults.imputation : [spec.method.imputation],
    outliers: draft.vary.outliers ? defaults.outliers : [spec.method.outliers],
    aggregation: draft.vary.aggregation ? defaults.aggregation : [spec.method.aggregation],
  };
  return { ok: true, settings: { runs: runs.value, weightNoise: noiseShare, alternatives } };
}

export type IntervalRow = RankInterval & {
  /** The region's name in the page's language. */
  name: string;
  /** Positions on the whisker, 0 % (rank 1) to 100 % (rank n). */
  lowAt: number;
  highAt: number;
  medianAt: number;
  nominalAt: number;
};

/** The intervals in nominal-rank order, each placed on a 1…n scale (n = regions ranked). */
export function intervalRows(intervals: readonly RankInterval[], regions: readonly IndexRegionMeta[], locale: Locale): IntervalRow[] {
  const names = new Map(regions.map((r) => [r.slug, localName(locale, r)]));
  const n = intervals.length;
  const at = (rank: number) => (n <= 1 ? 0 : (100 * (rank - 1)) / (n - 1));
  return [...intervals]
    .sort((a, b) => a.nominalRank - b.nominalRank || a.medianRank - b.medianRank)
    .map((r) => ({ ...r, name: names.get(r.region) ?? r.region, lowAt: at(r.low), highAt: at(r.high), medianAt: at(r.medianRank), nominalAt: at(r.nominalRank) }));
}

export type FactorLabels = { choices: Record<MethodChoice, string>; weightFactor: (pillarLabel: string) => string };

/** "权重：科技链" for a pillar weight, "标准化方法" for a method choice; the key itself if neither. */
export function factorLabel(key: string, spec: IndexSpec, labels: FactorLabels): string {
  if (key.startsWith("weight:")) {
    const pillar = spec.pillars.find((p) => `weight:${p.key}` === key);
    return labels.weightFactor(pillar?.label ?? key.slice("weight:".length));
  }
  const choice = (["normalisation", "imputation", "outliers", "aggregation"] as const).find((c) => c === key);
  return choice ? labels.choices[choice] : key;
}

export type SensitivityRow = { key: string; label: string; first: number; total: number };

/** The factors by total index, largest first. */
export function sensitivityRows(result: Extract<SensitivityResult, { status: "computed" }>, spec: IndexSpec, labels: FactorLabels): SensitivityRow[] {
  return result.factors
    .map((f) => ({ key: f.key, label: factorLabel(f.key, spec, labels), first: f.first, total: f.total }))
    .sort((a, b) => b.total - a.total);
}

export type SensitivityReading = { kind: "none" } | { kind: "led"; labels: string[]; top: number };

/**
 * Which choices the rank shifts mostly come from: the largest total index and any within half of it (at
 * most three). "none" when nothing moved a rank (zero variance).
 */
export function readSensitivity(rows: readonly SensitivityRow[], variance: number): SensitivityReading {
  const top = rows[0];
  if (!top || variance === 0 || top.total <= 0) return { kind: "none" };
  const leading = rows.filter((r) => r.total >= top.total / 2).slice(0, 3);
  return { kind: "led", labels: leading.map((r) => r.label), top: top.total };
}
