// Outlier treatment of one indicator, as COINr's Treat() does by default: if |skewness| ≥ 2 and kurtosis ≥ 3.5,
// winsorise up to five points; if that is not enough, log-transform the original values instead.
import type { OutlierRule, OutlierTreatment } from "./spec";

/**
 * Sample skewness as COINr's skew() computes it (e1071 type 2, Excel's SKEW): the adjusted Fisher–Pearson
 * coefficient. NaN below three values or without spread.
 */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 3) return NaN;
  const mean = meanOf(values);
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  if (m2 === 0) return NaN;
  const g1 = (Math.sqrt(n) * m3) / m2 ** 1.5;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample excess kurtosis as COINr's kurt() computes it (e1071 type 2, Excel's KURT): a normal sample gives
 * about 0, so the 3.5 threshold is on excess kurtosis. NaN below four values or without spread.
 */
export function kurtosis(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 4) return NaN;
  const mean = meanOf(values);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d2 = (values[i]! - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  if (m2 === 0) return NaN;
  const r = (n * m4) / (m2 * m2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/**
 * COINr's check_SkewKurt(): an indicator passes when |skew| < threshold OR kurtosis < threshold, so only
 * both together mark outliers. Too few values to tell (NaN) passes, as COINr leaves such a vector untreated.
 */
export function passesSkewKurt(values: ArrayLike<number>, rule: OutlierRule): boolean {
  const skew = skewness(values);
  const kurt = kurtosis(values);
  if (Number.isNaN(skew) || Number.isNaN(kurt)) return true;
  return Math.abs(skew) < rule.skewThreshold || kurt < rule.kurtosisThreshold;
}

/** What was done to an indicator, as data, so the same change can be applied to the national figure. */
export type Treatment =
  | { kind: "none" }
  /** Winsorising replaces the extremes with the next value in: the same as clamping to [low, high]. */
  | { kind: "winsorised"; low: number; high: number; points: number }
  /** COINr's log_CT: ln(x − min + 0.01 (max − min)). */
  | { kind: "log"; min: number; offset: number };

/**
 * Winsorise the side the skew points to, one extreme value (with its ties) at a time, until the indicator
 * passes or `winsoriseMax` points differ from the original (ties at the extreme move together, so one step
 * can change several; COINr counts the same way: the points tied at the extreme after the step).
 */
export function winsorise(values: ArrayLike<number>, rule: OutlierRule): { treated: Float64Array; treatment: Treatment; passes: boolean } {
  const x = Float64Array.from(values);
  let points = 0;
  let passes = passesSkewKurt(x, rule);
  while (!passes && points < rule.winsoriseMax) {
    const high = skewness(x) >= 0;
    const extreme = high ? max(x) : min(x);
    let next = high ? -Infinity : Infinity;
    for (const v of x) if (v !== extreme) next = high ? Math.max(next, v) : Math.min(next, v);
    if (!Number.isFinite(next)) break;
    for (let i = 0; i < x.length; i++) if (x[i] === extreme) x[i] = next;
    points = 0;
    for (let i = 0; i < x.length; i++) if (x[i] !== values[i]) points++;
    passes = passesSkewKurt(x, rule);
  }
  const treatment: Treatment = points === 0 ? { kind: "none" } : { kind: "winsorised", low: min(x), high: max(x), points };
  return { treated: x, treatment, passes };
}

function min(x: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < x.length; i++) if (x[i]! < m) m = x[i]!;
  return m;
}

function max(x: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) if (x[i]! > m) m = x[i]!;
  return m;
}

function logTreatment(values: ArrayLike<number>): Treatment {
  const low = min(values);
  return { kind: "log", min: low, offset: 0.01 * (max(values) - low) };
}

/**
 * The treatment an indicator's present values get: "winsorise" is COINr's default two-step rule (winsorise,
 * else log the original values); "log" logs the indicators that fail the check, without winsorising.
 */
export function chooseTreatment(values: ArrayLike<number>, method: OutlierTreatment, rule: OutlierRule): Treatment {
  if (method === "none" || passesSkewKurt(values, rule)) return { kind: "none" };
  if (method === "winsorise") {
    const result = winsorise(values, rule);
    if (result.passes) return result.treatment;
  }
  const log = logTreatment(values);
  // No spread: log_CT would take ln(0); leave such an indicator as it is.
  return log.kind === "log" && log.offset === 0 ? { kind: "none" } : log;
}

export function applyTreatment(treatment: Treatment, value: number): number {
  switch (treatment.kind) {
    case "none":
      return value;
    case "winsorised":
      return Math.min(treatment.high, Math.max(treatment.low, value));
    case "log":
      // A national figure below the regions' minimum would give ln of a negative number; floor it at the minimum.
      return Math.log(Math.max(value, treatment.min) - treatment.min + treatment.offset);
  }
}
