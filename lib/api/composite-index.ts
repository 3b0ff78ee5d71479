// JSON shape of /api/v1/index: the index for one spec and year, each region's score, rank, EIS group,
// pillar scores and 5–95 % rank interval from the default Monte Carlo (lib/index/uncertainty-settings.ts),
// and the regions left out with the reason. Pure: the route hands it the spec and the store's figures.
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import type { IndexComputation } from "@/lib/index/uncertainty-settings";

export type IndexRegionDto = {
  slug: string;
  nameZh: string;
  score: number;
  rank: number;
  /** EIS-style group against the national composite: leader ≥ 125 %, strong 100–125 %, moderate 70–100 %, emerging < 70 %. */
  group: string | null;
  tier: number | null;
  percentOfNational: number | null;
  pillars: Record<string, number | null>;
  /** Median and 5th–95th percentile rank over the Monte Carlo runs; null when they could not be run. */
  medianRank: number | null;
  rankInterval: [number, number] | null;
  /** Indicator keys whose figure was estimated (imputed), clamped (winsorised) or log-transformed. */
  imputed: string[];
  winsorised: string[];
  logged: string[];
};

export type IndexDto = {
  spec: string;
  version: string;
  year: number;
  status: "computed" | "empty";
  /** Why nothing could be computed (status "empty"). */
  reason: string | null;
  nationalScore: number | null;
  regions: IndexRegionDto[];
  excluded: { slug: string; nameZh: string; reason: "coverage"; share: number; missing: string[] }[];
  warnings: { indicator: string; reason: string }[];
  uncertainty: { runs: number; seed: number; weightNoise: number; factors: string[]; note: string | null };
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function toIndexDto(spec: IndexSpec, inputs: IndexInputs, { result, uncertainty, settings }: IndexComputation): IndexDto {
  const names = new Map(inputs.regions.map((r) => [r.slug, r.nameZh]));
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  const intervals = new Map(uncertainty.status === "computed" ? uncertainty.regions.map((r) => [r.region, r]) : []);
  const base = {
    spec: spec.key,
    version: spec.version,
    year: inputs.year,
    excluded: result.excluded.map((e) => ({ slug: e.region, nameZh: nameOf(e.region), reason: e.reason, share: round(e.share, 4), missing: e.missing })),
    warnings: result.warnings.map((w) => ({ indicator: w.indicator, reason: w.reason })),
    uncertainty: {
      runs: uncertainty.status === "computed" ? uncertainty.runs : 0,
      seed: settings.seed,
      weightNoise: settings.weightNoise ?? 0,
      factors: uncertainty.status === "computed" ? uncertainty.factors : [],
      note: uncertainty.status === "invalid" ? uncertainty.reason : null,
    },
  };
  if (result.status === "empty") return { ...base, status: "empty", reason: result.reason, nationalScore: null, regions: [] };
  return {
    ...base,
    status: "computed",
    reason: null,
    nationalScore: result.nationalScore === null ? null : round(result.nationalScore, 4),
    regions: result.regions.map((r): IndexRegionDto => {
      const interval = intervals.get(r.region);
      return {
        slug: r.region,
        nameZh: nameOf(r.region),
        score: round(r.score, 4),
        rank: r.rank,
        group: r.group,
        tier: r.tier,
        percentOfNational: r.percentOfNational === null ? null : round(r.percentOfNational, 2),
        pillars: Object.fromEntries(r.pillars.map((p) => [p.key, p.score === null ? null : round(p.score, 4)])),
        medianRank: interval ? interval.medianRank : null,
        rankInterval: interval ? [interval.low, interval.high] : null,
        imputed: r.imputed,
        winsorised: r.winsorised,
        logged: r.logged,
      };
    }),
  };
}
