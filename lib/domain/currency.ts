// Currency conversion at market exchange rates, as the GCR does (not PPP).

/** USD for an amount in CNY at a market rate given as yuan per dollar. */
export function cnyToUsd(amountCny: number, cnyPerUsd: number): number {
  if (!(cnyPerUsd > 0) || !Number.isFinite(cnyPerUsd)) throw new RangeError("exchange rate must be a positive number");
  if (!Number.isFinite(amountCny)) throw new RangeError("amount must be a finite number");
  return amountCny / cnyPerUsd;
}
