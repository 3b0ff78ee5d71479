// Stage schemes as data: bands by GDP per capita (current USD) and the subindex weights of each stage.

export type SubindexWeights = {
  /** Basic requirements (institutions, infrastructure, macro environment, health and primary education), % */
  basic: number;
  /** Efficiency enhancers (higher education, market efficiency, technological readiness, market size), % */
  efficiency: number;
  /** Innovation and sophistication factors, % */
  innovation: number;
};

export type StageKey =
  | "factor-driven"
  | "transition-1-2"
  | "efficiency-driven"
  | "transition-2-3"
  | "innovation-driven";

export type StageBand = {
  key: StageKey;
  order: number;
  nameZh: string;
  nameEn: string;
  /** Lower bound in USD, for display; classification reads the upper bounds. */
  minUsd: number | null;
  /** Upper bound in USD; null for the last band. */
  maxUsd: number | null;
  /** Whether a figure equal to maxUsd still belongs to this band. */
  maxInclusive: boolean;
  isTransition: boolean;
  /** null in transition bands: there the weights move between the neighbouring stages' weights. */
  weights: SubindexWeights | null;
};

export type StageScheme = {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Bands in ascending order of GDP per capita; contiguous. */
  bands: readonly StageBand[];
};

/**
 * WEF Global Competitiveness Report 2014-2015. Thresholds as document 000 cites them; half-open bands
 * except the second transition, which the documents give as 9,000-17,000 with innovation-driven "> 17,000".
 * Weights from the report's methodology (60/35/5, 40/50/10, 20/50/30).
 */
export const gcr2014: StageScheme = {
  key: "gcr-2014-2015",
  nameZh: "世界经济论坛《2014—2015年全球竞争力报告》发展阶段",
  nameEn: "WEF Global Competitiveness Report 2014-2015 stages of development",
  bands: [
    {
      key: "factor-driven", order: 1, nameZh: "要素驱动", nameEn: "Factor-driven",
      minUsd: null, maxUsd: 2000, maxInclusive: false, isTransition: false,
      weights: { basic: 60, efficiency: 35, innovation: 5 },
    },
    {
      key: "transition-1-2", order: 2, nameZh: "要素驱动向效率驱动转型", nameEn: "Transition from factor to efficiency",
      minUsd: 2000, maxUsd: 3000, maxInclusive: false, isTransition: true, weights: null,
    },
    {
      key: "efficiency-driven", order: 3, nameZh: "效率驱动", nameEn: "Efficiency-driven",
      minUsd: 3000, maxUsd: 9000, maxInclusive: false, isTransition: false,
      weights: { basic: 40, efficiency: 50, innovation: 10 },
    },
    {
      key: "transition-2-3", order: 4, nameZh: "效率驱动向创新驱动转型", nameEn: "Transition from efficiency to innovation",
      minUsd: 9000, maxUsd: 17000, maxInclusive: true, isTransition: true, weights: null,
    },
    {
      key: "innovation-driven", order: 5, nameZh: "创新驱动", nameEn: "Innovation-driven",
      minUsd: 17000, maxUsd: null, maxInclusive: false, isTransition: false,
      weights: { basic: 20, efficiency: 50, innovation: 30 },
    },
  ],
};

export const stageSchemes: Record<string, StageScheme> = { [gcr2014.key]: gcr2014 };
