// Number formatting for the zh-CN interface.

const integer = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** 13953 → "13,953"; 1.64 → "1.64"; keeps up to two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) || Math.abs(value) >= 1000 ? integer.format(value) : decimal.format(value);
}

export function formatUsd(value: number): string {
  return integer.format(Math.round(value));
}

const rate = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 4, useGrouping: false });

/** An exchange rate to four decimals, as the official rates are published: 7.19749110789917 → "7.1975". */
export function formatRate(value: number): string {
  return rate.format(value);
}

export function formatPct(value: number): string {
  return decimal.format(value);
}

/** A number as plain decimal digits, never 1e-7: the importer (like a careful analyst) reads only those. */
export function plainDecimal(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 }) : text;
}
