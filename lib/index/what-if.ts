// The what-if panel's shaping: pillar weights as analysts type them and method choices turned into a spec
// (refused as indexSpecSchema refuses it), the new ranks set against the spec's own, and the edited spec as
// a file an editor can import. Pure, so the panel recomputes on every keystroke on the main thread.
import { parseAnalystNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { IndexResult } from "./compute";
import type { IndexRegionMeta } from "./inputs";
import { indexSpecSchema, type IndexSpec, type MethodSpec } from "./spec";

export type MethodChoice = "normalisation" | "imputation" | "outliers" | "aggregation";
export const methodChoices = ["normalisation", "imputation", "outliers", "aggregation"] as const satisfies readonly MethodChoice[];

/** What the panel holds: one typed weight per pillar (the spec's order) and the four method choices. */
export type WhatIfDraft = { weights: string[]; method: Pick<MethodSpec, MethodChoice> };

export type WeightProblem = "not-a-number" | "negative";

export type WeightReading = { ok: true; value: number } | { ok: false; problem: WeightProblem };

/** A weight as typed: "1.5", "２", "1,000", or a share "30%" / "30％" (0.3; weights are relative anyway). */
export function readWeight(typed: string): WeightReading {
  const trimmed = typed.trim();
  const percent = /[%％]$/.test(trimmed);
  const parsed = parseAnalystNumber(percent ? trimmed.slice(0, -1) : trimmed);
  if (!parsed.ok) return { ok: false, problem: "not-a-number" };
  if (parsed.value < 0) return { ok: false, problem: "negative" };
  return { ok: true, value: percent ? Number((parsed.value / 100).toPrecision(12)) : parsed.value };
}

export function draftFromSpec(spec: IndexSpec): WhatIfDraft {
  const { normalisation, imputation, outliers, aggregation } = spec.method;
  return { weights: spec.pillars.map((p) => String(p.weight)), method: { normalisation, imputation, outliers, aggregation } };
}

export type WhatIfProblems = {
  /** One entry per pillar, null where the weight reads. */
  weights: (WeightProblem | null)[];
  allZero: boolean;
  /** z-scores with a geometric mean, refused next to the aggregation field. */
  zscoreGeometric: boolean;
  /** Anything else the spec schema refuses (not expected from this panel), as its messages. */
  other: string[];
};

export type WhatIfOutcome = { status: "ready"; spec: IndexSpec; changed: boolean } | { status: "invalid"; problems: WhatIfProblems };

function samePillarWeights(a: IndexSpec, b: IndexSpec): boolean {
  return a.pillars.every((pillar, p) => pillar.weight === b.pillars[p]?.weight);
}

/** The spec with the draft's weights and methods, validated by the spec schema itself. */
export function applyWhatIf(spec: IndexSpec, draft: WhatIfDraft): WhatIfOutcome {
  const readings = spec.pillars.map((_, p) => readWeight(draft.weights[p] ?? ""));
  const problems: WhatIfProblems = { weights: readings.map((r) => (r.ok ? null : r.problem)), allZero: false, zscoreGeometric: false, other: [] };
  const candidate = {
    ...spec,
    pillars: spec.pillars.map((pillar, p) => {
      const reading = readings[p]!;
      return { ...pillar, weight: reading.ok ? reading.value : pillar.weight };
    }),
    method: { ...spec.method, ...draft.method },
  };
  const parsed = indexSpecSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path;
      if (first === "method" && second === "aggregation") problems.zscoreGeometric = true;
      else if (first === "pillars" && issue.path.length === 1) problems.allZero = true;
      else problems.other.push(issue.message);
    }
  }
  if (!parsed.success || problems.weights.some((p) => p !== null)) return { status: "invalid", problems };
  const next = parsed.data;
  const changed = !samePillarWeights(spec, next) || methodChoices.some((choice) => next.method[choice] !== spec.method[choice]);
  return { status: "ready", spec: next, changed };
}

/** Each pillar's share of the weights as typed (null where a weight does not read or all are zero). */
export function weightShares(draft: WhatIfDraft): (number | null)[] {
  const readings = draft.weights.map(readWeight);
  const total = readings.reduce((sum, r) => sum + (r.ok ? r.value : 0), 0);
  return readings.map((r) => (r.ok && total > 0 ? r.value / total : null));
}

export type RankRow = {
  slug: string;
  /** The region's name in the page's language. */
  name: string;
  /** Rank and score with the what-if settings; null when the region is not ranked with them. */
  rank: number | null;
  score: number | null;
  /** Rank with the spec's own settings. */
  baseRank: number | null;
  /** Places gained (+) or lost (−) against the spec's own rank; null when either is missing. */
  change: number | null;
};

export type RankComparison = { status: "computed"; rows: RankRow[]; moved: number } | { status: "empty"; reason: string };

/** The what-if ranks beside the spec's own, in the what-if order; regions ranked only by the spec come last. */
export function compareRanks(base: IndexResult, whatIf: IndexResult, regions: readonly IndexRegionMeta[], locale: Locale): RankComparison {
  if (whatIf.status === "empty") return { status: "empty", reason: whatIf.reason };
  const names = new Map(regions.map((r) => [r.slug, localName(locale, r)]));
  const baseRanks = new Map(base.status === "computed" ? base.regions.map((r) => [r.region, r.rank]) : []);
  const rows: RankRow[] = whatIf.regions.map((r) => {
    const baseRank = baseRanks.get(r.region) ?? null;
    return { slug: r.region, name: names.get(r.region) ?? r.region, rank: r.rank, score: r.score, baseRank, change: baseRank === null ? null : baseRank - r.rank };
  });
  const ranked = new Set(rows.map((r) => r.slug));
  for (const [slug, baseRank] of baseRanks) {
    if (!ranked.has(slug)) rows.push({ slug, name: names.get(slug) ?? slug, rank: null, score: null, baseRank, change: null });
  }
  return { status: "computed", rows, moved: rows.filter((r) => r.change !== null && r.change !== 0).length };
}

const keyMax = 60;
const suffix = "-what-if";

/**
 * The edited spec as a file: keyed `<key>-what-if` so that importing it adds a framework beside the original
 * (a built-in key cannot be replaced), titled as a what-if, named `<key>-what-if.json`.
 */
export function whatIfExport(original: IndexSpec, edited: IndexSpec, titleTemplate: (title: string) => string): { fileName: string; spec: IndexSpec } {
  const base = original.key.slice(0, keyMax - suffix.length).replace(/-+$/, "");
  const title = titleTemplate(original.title).slice(0, 120);
  return { fileName: `${original.key}${suffix}.json`, spec: { ...edited, key: `${base}${suffix}`, title } };
}
