// The framework as the /index page lays it out: pillars and their indicators, each weight as a share of
// its pillar and of the whole index (after "equal" weighting and scaling to 1), beside what the store says
// about the indicator (its name, unit, how many provinces have a figure, its sources).
import type { Locale } from "@/lib/i18n/locales";
import type { IndexIndicatorMeta } from "./inputs";
import type { Cite, IndexSpec } from "./spec";
import { specLabel } from "./stored-text";
import { layoutOf } from "./weights";

export type FrameworkIndicator = {
  key: string;
  /** The spec's label in the page's language (lib/index/stored-text.ts: the stored one where English has none). */
  label: string;
  direction: 1 | -1;
  /** 0–1: the indicator's weight within its pillar, and its weight in the index (pillar share × that). */
  shareOfPillar: number;
  shareOfIndex: number;
  cite: Cite | null;
  rationale: string | null;
  /** What the store holds for it in the chosen year; null when the inputs do not list it. */
  store: IndexIndicatorMeta | null;
};

export type FrameworkPillar = {
  key: string;
  /** As FrameworkIndicator's. */
  label: string;
  shareOfIndex: number;
  cite: Cite[];
  rationale: string | null;
  indicators: FrameworkIndicator[];
};

export function frameworkView(spec: IndexSpec, indicators: readonly IndexIndicatorMeta[], locale: Locale): FrameworkPillar[] {
  const layout = layoutOf(spec);
  const store = new Map(indicators.map((meta) => [meta.key, meta]));
  let column = 0;
  return spec.pillars.map((pillar, p) => {
    const pillarShare = layout.pillarWeights[p]!;
    return {
      key: pillar.key,
      label: specLabel(locale, pillar),
      shareOfIndex: pillarShare,
      cite: pillar.cite ?? [],
      rationale: pillar.rationale ?? null,
      indicators: pillar.indicators.map((indicator) => {
        const within = layout.indicatorWeights[column++]!;
        return {
          key: indicator.key,
          label: specLabel(locale, indicator),
          direction: indicator.direction,
          shareOfPillar: within,
          shareOfIndex: pillarShare * within,
          cite: indicator.cite ?? null,
          rationale: indicator.rationale ?? null,
          store: store.get(indicator.key) ?? null,
        };
      }),
    };
  });
}
