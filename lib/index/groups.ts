// Groups of regions relative to the national composite: the European Innovation Scoreboard's four
// performance groups, and the three tiers of China's regional S&T innovation evaluation.

export type PerformanceGroup = "leader" | "strong" | "moderate" | "emerging";

/**
 * EIS bands as rows: a region's score as % of the reference score, from the top band down. The EIS
 * writes "above 125 %"; a region at exactly 125 % is counted a leader here (the brief's ≥ 125 %).
 */
export const performanceBands: readonly { group: PerformanceGroup; minPercent: number }[] = [
  { group: "leader", minPercent: 125 },
  { group: "strong", minPercent: 100 },
  { group: "moderate", minPercent: 70 },
  { group: "emerging", minPercent: -Infinity },
];

/** The score as % of the reference; null when the reference is not positive (a share would mislead). */
export function percentOfReference(score: number, reference: number): number | null {
  return reference > 0 ? (100 * score) / reference : null;
}

export function performanceGroup(percent: number): PerformanceGroup {
  return performanceBands.find((band) => percent >= band.minPercent)!.group;
}

export type Tier = 1 | 2 | 3;

/** Tier 1: above the national composite; tier 2: not above it but at least 50; tier 3: below 50 (0–100 scores). */
export const tierFloor = 50;

export function tierOf(score: number, nationalScore: number): Tier {
  if (score > nationalScore) return 1;
  return score >= tierFloor ? 2 : 3;
}
