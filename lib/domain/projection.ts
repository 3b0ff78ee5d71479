// Compound projection of GDP per capita in current USD and the year it first enters a higher stage.
import type { StageBand, StageScheme } from "./stage-scheme";
import { classifyGdp } from "./stages";

/**
 * Annual changes that move GDP per capita in current dollars. The document's simple projection uses
 * real growth alone; the other parts default to 0 and let an analyst see how the crossing year moves.
 */
export type GrowthAssumptions = {
  /** Real GDP growth, % a year */
  realGrowthPct: number;
  /** GDP deflator (price change), % a year */
  deflatorPct?: number;
  /** Change of the yuan against the dollar, % a year (negative: the yuan weakens) */
  cnyVsUsdPct?: number;
  /** Population growth, % a year */
  populationPct?: number;
};

export type ProjectionPoint = { year: number; gdpPerCapitaUsd: number };

export type Projection = {
  baseYear: number;
  /** Nominal growth of GDP per capita in USD implied by the assumptions, % a year */
  nominalGrowthPct: number;
  /** First year the projected figure lies in a higher stage band; null if not within the horizon. */
  reachesNextStageIn: number | null;
  nextStage: StageBand | null;
  path: ProjectionPoint[];
};

/** How far ahead the crossing year is searched; beyond it a projection says nothing useful. */
export const maxProjectionYears = 100;
/** The path shown runs at least this many years, and this many when no crossing is found. */
const minPathYears = 5;
const pathYearsWithoutCrossing = 10;

export function nominalGrowthPct(a: GrowthAssumptions): number {
  const factor =
    ((1 + a.realGrowthPct / 100) * (1 + (a.deflatorPct ?? 0) / 100) * (1 + (a.cnyVsUsdPct ?? 0) / 100)) /
    (1 + (a.populationPct ?? 0) / 100);
  return (factor - 1) * 100;
}

function firstYearAbove(
  scheme: StageScheme,
  base: ProjectionPoint,
  factor: number,
  startOrder: number,
): number | null {
  if (factor <= 1) return null;
  let gdp = base.gdpPerCapitaUsd;
  for (let step = 1; step <= maxProjectionYears; step++) {
    gdp *= factor;
    if (classifyGdp(scheme, gdp).order > startOrder) return base.year + step;
  }
  return null;
}

export function projectGdp(scheme: StageScheme, base: ProjectionPoint, assumptions: GrowthAssumptions): Projection {
  const growthPct = nominalGrowthPct(assumptions);
  const factor = 1 + growthPct / 100;
  const start = classifyGdp(scheme, base.gdpPerCapitaUsd);
  const nextStage = scheme.bands.find((b) => b.order === start.order + 1) ?? null;
  const reachesNextStageIn = nextStage ? firstYearAbove(scheme, base, factor, start.order) : null;

  const pathYears =
    reachesNextStageIn === null ? pathYearsWithoutCrossing : Math.max(minPathYears, reachesNextStageIn - base.year);
  const path = Array.from({ length: pathYears + 1 }, (_, step) => ({
    year: base.year + step,
    gdpPerCapitaUsd: base.gdpPerCapitaUsd * factor ** step,
  }));
  return { baseYear: base.year, nominalGrowthPct: growthPct, reachesNextStageIn, nextStage, path };
}
