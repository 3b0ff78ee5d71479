// What the /index page shows beside the ranking, shaped from the spec, the store's inputs and the computed
// index: each indicator's label and unit, the correlation matrix and each region's strengths and weaknesses
// over the regions the index ranks, and the sources. Pure, so the page only fetches and renders.
import type { IndexDto } from "@/lib/api/composite-index";
import { unitLabelZh } from "@/lib/domain/units";
import { correlationMatrix, type CorrelationMatrix } from "./correlation";
import { indexSourceNames, type IndexInputs } from "./inputs";
import type { IndexSpec } from "./spec";
import { regionStrengths, type RegionStrengths } from "./strengths";

export type IndexPageView = {
  /** Slugs of the ranked regions, best first. */
  ranked: string[];
  indicators: ReadonlyMap<string, { label: string; unit: string }>;
  correlation: { matrix: CorrelationMatrix; names: string[] };
  strengths: RegionStrengths[];
  sources: string[];
};

export function indexPageView(spec: IndexSpec, inputs: IndexInputs, dto: IndexDto): IndexPageView {
  const ranked = dto.regions.map((r) => r.slug);
  const specIndicators = new Map(spec.pillars.flatMap((p) => p.indicators.map((i) => [i.key, i] as const)));
  const meta = new Map(inputs.indicators.map((i) => [i.key, i]));
  const indicators = new Map(
    inputs.data.indicators.map((key) => {
      const unit = meta.get(key)?.unit;
      return [key, { label: specIndicators.get(key)?.label ?? key, unit: unit ? unitLabelZh(unit) : "" }] as const;
    }),
  );
  const directions = new Map(inputs.data.indicators.map((key) => [key, specIndicators.get(key)?.direction ?? 1] as const));
  const matrix = correlationMatrix(inputs.data, ranked);
  return {
    ranked,
    indicators,
    correlation: { matrix, names: matrix.indicators.map((key) => indicators.get(key)?.label ?? key) },
    strengths: regionStrengths(inputs.data, ranked, { directions }),
    sources: indexSourceNames(inputs),
  };
}
