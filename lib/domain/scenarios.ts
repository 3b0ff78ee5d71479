// Low, base and high projections from the stage checker's assumptions, and how far the year of reaching the
// next stage moves when each assumption alone moves by one percentage point.
import { maxProjectionYears, nominalGrowthPct, projectGdp, type GrowthAssumptions, type ProjectionPoint } from "./projection";
import type { StageScheme } from "./stage-scheme";

export type Assumptions = Required<GrowthAssumptions>;
export type AssumptionKey = keyof Assumptions;

/**
 * The four assumptions, and whether raising one raises GDP per capita in dollars (+1) or lowers it (-1):
 * faster real growth, rising prices and a stronger yuan raise it; a growing population shares it out.
 */
export const assumptionEffects: readonly { key: AssumptionKey; raisesFigure: 1 | -1 }[] = [
  { key: "realGrowthPct", raisesFigure: 1 },
  { key: "deflatorPct", raisesFigure: 1 },
  { key: "cnyVsUsdPct", raisesFigure: 1 },
  { key: "populationPct", raisesFigure: -1 },
];

/** Low and high move every assumption this far, all at once, against and for the figure (percentage points). */
export const scenarioStepPct = 0.5;
/** The sensitivity chart moves one assumption at a time this far (percentage points). */
export const sensitivityStepPct = 1;
/** The scenario paths run at least this many years, and at most this many past the base year. */
const minChartYears = 5;
const yearsWithoutCrossing = 10;
const maxChartYears = 40;

export type ScenarioKey = "low" | "base" | "high";
/** +1 moves assumptions for the figure (up), -1 against it. */
export type Direction = 1 | -1;

export type Scenario = {
  key: ScenarioKey;
  assumptions: Assumptions;
  nominalGrowthPct: number;
  /** First year in the next stage, or null when not within the projection horizon (or no next stage). */
  reachesNextStageIn: number | null;
  path: ProjectionPoint[];
};

export type Scenarios = { baseYear: number; stepPct: number; scenarios: Scenario[] };

const roundPct = (value: number) => Number(value.toFixed(6));

/** The assumptions with one of them (or, without `only`, every one) moved `stepPct` points for or against the figure. */
export function shiftAssumptions(assumptions: Assumptions, direction: Direction, stepPct: number, only?: AssumptionKey): Assumptions {
  const shifted = { ...assumptions };
  for (const { key, raisesFigure } of assumptionEffects) {
    if (only === undefined || only === key) shifted[key] = roundPct(assumptions[key] + direction * raisesFigure * stepPct);
  }
  return shifted;
}

/** The last year the scenario chart shows: the base crossing (or the high one, failing that), within limits. */
function lastChartYear(baseYear: number, crossings: Record<ScenarioKey, number | null>): number {
  const target = crossings.base ?? crossings.high ?? baseYear + yearsWithoutCrossing;
  return Math.min(baseYear + maxChartYears, Math.max(baseYear + minChartYears, target));
}

export function projectScenarios(scheme: StageScheme, base: ProjectionPoint, assumptions: Assumptions, stepPct = scenarioStepPct): Scenarios {
  const byKey: Record<ScenarioKey, Assumptions> = {
    low: shiftAssumptions(assumptions, -1, stepPct),
    base: assumptions,
    high: shiftAssumptions(assumptions, 1, stepPct),
  };
  const keys: ScenarioKey[] = ["low", "base", "high"];
  const crossings = Object.fromEntries(keys.map((key) => [key, projectGdp(scheme, base, byKey[key]).reachesNextStageIn])) as Record<ScenarioKey, number | null>;
  const years = lastChartYear(base.year, crossings) - base.year;
  const scenarios = keys.map((key): Scenario => {
    const growth = nominalGrowthPct(byKey[key]);
    const factor = 1 + growth / 100;
    return {
      key,
      assumptions: byKey[key],
      nominalGrowthPct: growth,
      reachesNextStageIn: crossings[key],
      path: Array.from({ length: years + 1 }, (_, step) => ({ year: base.year + step, gdpPerCapitaUsd: base.gdpPerCapitaUsd * factor ** step })),
    };
  });
  return { baseYear: base.year, stepPct, scenarios };
}

export type ShiftedCrossing = { valuePct: number; reachesNextStageIn: number | null };

export type CrossingSensitivity = {
  key: AssumptionKey;
  valuePct: number;
  /** The assumption moved against the figure: the crossing comes later (or not within the horizon). */
  against: ShiftedCrossing;
  /** The assumption moved for the figure: the crossing comes sooner. */
  for: ShiftedCrossing;
  /** Years between the two crossings; null when either is not within the horizon. */
  swingYears: number | null;
};

export type Sensitivity = { baseCrossing: number | null; stepPct: number; horizonYears: number; rows: CrossingSensitivity[] };

/**
 * How the year of reaching the next stage moves when each assumption alone moves `stepPct` points either way;
 * the widest swing first (a swing out of the horizon counts as widest), the listed order among equals.
 */
export function crossingSensitivity(scheme: StageScheme, base: ProjectionPoint, assumptions: Assumptions, stepPct = sensitivityStepPct): Sensitivity {
  const crossing = (moved: Assumptions) => projectGdp(scheme, base, moved).reachesNextStageIn;
  const rows = assumptionEffects.map(({ key }): CrossingSensitivity => {
    const against = shiftAssumptions(assumptions, -1, stepPct, key);
    const forFigure = shiftAssumptions(assumptions, 1, stepPct, key);
    const late = crossing(against);
    const early = crossing(forFigure);
    return {
      key,
      valuePct: assumptions[key],
      against: { valuePct: against[key], reachesNextStageIn: late },
      for: { valuePct: forFigure[key], reachesNextStageIn: early },
      swingYears: late !== null && early !== null ? late - early : null,
    };
  });
  const width = (row: CrossingSensitivity) => row.swingYears ?? Infinity;
  return {
    baseCrossing: crossing(assumptions),
    stepPct,
    horizonYears: maxProjectionYears,
    rows: rows.map((row, i) => ({ row, i })).sort((a, b) => width(b.row) - width(a.row) || a.i - b.i).map(({ row }) => row),
  };
}
