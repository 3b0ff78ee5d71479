// What the /index page shows beside the ranking, shaped from the spec, the store's inputs and the computed
// index: each indicator's label (the spec's English one on an English page, where it has one) and unit, the correlation matrix and each region's strengths and weaknesses
// over the regions the index ranks, the regions' names and the sources, in the page's language. Pure, so the
// page only fetches and renders.
import type { IndexDto } from "@/lib/api/composite-index";
import { unitLabel } from "@/lib/domain/units";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { correlationMatrix, type CorrelationMatrix } from "./correlation";
import { indexSourceNames, type IndexInputs } from "./inputs";
import type { IndexSpec } from "./spec";
import { specLabel } from "./stored-text";
import { regionStrengths, type RegionStrengths } from "./strengths";

export type IndexPageView = {
  /** Slugs of the ranked regions, best first. */
  ranked: string[];
  /** Region slug → its name in the page's language (every province the inputs list). */
  regionNames: ReadonlyMap<string, string>;
  indicators: ReadonlyMap<string, { label: string; unit: string }>;
  correlation: { matrix: CorrelationMatrix; names: string[] };
  strengths: RegionStrengths[];
  sources: string[];
};

/** Region slug → its name in the page's language; a slug the inputs do not list stands for itself. */
export function indexRegionNames(inputs: Pick<IndexInputs, "regions">, locale: Locale): ReadonlyMap<string, string> {
  return new Map(inputs.regions.map((r) => [r.slug, localName(locale, r)]));
}

export function indexPageView(spec: IndexSpec, inputs: IndexInputs, dto: IndexDto, locale: Locale): IndexPageView {
  const ranked = dto.regions.map((r) => r.slug);
  const specIndicators = new Map(spec.pillars.flatMap((p) => p.indicators.map((i) => [i.key, i] as const)));
  const meta = new Map(inputs.indicators.map((i) => [i.key, i]));
  const indicators = new Map(
    inputs.data.indicators.map((key) => {
      const unit = meta.get(key)?.unit;
      const indicator = specIndicators.get(key);
      return [key, { label: indicator ? specLabel(locale, indicator) : key, unit: unit ? unitLabel(unit, locale) : "" }] as const;
    }),
  );
  const directions = new Map(inputs.data.indicators.map((key) => [key, specIndicators.get(key)?.direction ?? 1] as const));
  const matrix = correlationMatrix(inputs.data, ranked);
  return {
    ranked,
    regionNames: indexRegionNames(inputs, locale),
    indicators,
    correlation: { matrix, names: matrix.indicators.map((key) => indicators.get(key)?.label ?? key) },
    strengths: regionStrengths(inputs.data, ranked, { directions }),
    sources: indexSourceNames(inputs, locale),
  };
}
