// The answer to "which stage is this GDP per capita in, and when does it reach the next one":
// the shape the stage API returns and the /stage page renders.
import { cnyToUsd } from "./currency";
import { projectGdp, type GrowthAssumptions, type ProjectionPoint } from "./projection";
import type { StageBand, StageScheme, SubindexWeights } from "./stage-scheme";
import { classifyGdp, nextThreshold, subindexWeights } from "./stages";

export type StageReportInput = {
  gdp?: number;
  cny?: number;
  rate?: number;
  growth?: number;
  deflator?: number;
  fx?: number;
  population?: number;
  year?: number;
};

export type BandSummary = Pick<StageBand, "key" | "order" | "nameZh" | "nameEn" | "isTransition"> & {
  minUsd: number | null;
  maxUsd: number | null;
};

export type StageReport = {
  scheme: string;
  gdpPerCapitaUsd: number;
  /** Present when the figure was converted from yuan. */
  conversion: { cny: number; cnyPerUsd: number } | null;
  stage: BandSummary;
  next: { key: string; nameZh: string; nameEn: string; thresholdUsd: number; gapUsd: number } | null;
  weights: SubindexWeights & { interpolated: boolean };
  projection: {
    baseYear: number;
    growthPct: number;
    deflatorPct: number;
    cnyVsUsdPct: number;
    populationPct: number;
    nominalGrowthPct: number;
    reachesNextStageIn: number | null;
    path: ProjectionPoint[];
  } | null;
};

export function summarizeBand(band: StageBand): BandSummary {
  return {
    key: band.key,
    order: band.order,
    nameZh: band.nameZh,
    nameEn: band.nameEn,
    isTransition: band.isTransition,
    minUsd: band.minUsd,
    maxUsd: band.maxUsd,
  };
}

/**
 * What the projection's growth rate is: "real" when real growth alone moves the figure (no price, exchange-rate
 * or population change), "nominal" once any of those is used, as the dollar figure then grows at another rate.
 */
export function growthBasis(projection: Pick<NonNullable<StageReport["projection"]>, "deflatorPct" | "cnyVsUsdPct" | "populationPct">): "real" | "nominal" {
  return projection.deflatorPct === 0 && projection.cnyVsUsdPct === 0 && projection.populationPct === 0 ? "real" : "nominal";
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A converted figure in cents; one below a cent stays as it is, since 0 is no GDP and has no stage. */
function convertedUsd(cny: number, cnyPerUsd: number): number {
  const usd = cnyToUsd(cny, cnyPerUsd);
  return round(usd, 2) > 0 ? round(usd, 2) : usd;
}

export function buildStageReport(scheme: StageScheme, input: StageReportInput, currentYear: number): StageReport {
  const converted = input.gdp === undefined && input.cny !== undefined && input.rate !== undefined;
  const gdpPerCapitaUsd = input.gdp ?? (converted ? convertedUsd(input.cny!, input.rate!) : NaN);
  const band = classifyGdp(scheme, gdpPerCapitaUsd);
  const next = nextThreshold(scheme, gdpPerCapitaUsd);
  const weights = subindexWeights(scheme, gdpPerCapitaUsd);

  let projection: StageReport["projection"] = null;
  if (input.growth !== undefined) {
    const assumptions: Required<GrowthAssumptions> = {
      realGrowthPct: input.growth,
      deflatorPct: input.deflator ?? 0,
      cnyVsUsdPct: input.fx ?? 0,
      populationPct: input.population ?? 0,
    };
    const baseYear = input.year ?? currentYear;
    const p = projectGdp(scheme, { year: baseYear, gdpPerCapitaUsd }, assumptions);
    projection = {
      baseYear,
      growthPct: assumptions.realGrowthPct,
      deflatorPct: assumptions.deflatorPct,
      cnyVsUsdPct: assumptions.cnyVsUsdPct,
      populationPct: assumptions.populationPct,
      nominalGrowthPct: round(p.nominalGrowthPct, 4),
      reachesNextStageIn: p.reachesNextStageIn,
      path: p.path.map((point) => ({ year: point.year, gdpPerCapitaUsd: round(point.gdpPerCapitaUsd, 2) })),
    };
  }

  return {
    scheme: scheme.key,
    gdpPerCapitaUsd,
    conversion: converted ? { cny: input.cny!, cnyPerUsd: input.rate! } : null,
    stage: summarizeBand(band),
    next: next && {
      key: next.band.key,
      nameZh: next.band.nameZh,
      nameEn: next.band.nameEn,
      thresholdUsd: next.thresholdUsd,
      gapUsd: round(next.gapUsd, 2),
    },
    weights: {
      basic: round(weights.basic, 2),
      efficiency: round(weights.efficiency, 2),
      innovation: round(weights.innovation, 2),
      interpolated: band.weights === null,
    },
    projection,
  };
}
