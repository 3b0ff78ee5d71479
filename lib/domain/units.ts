// Units an indicator can be measured in: labels for display and the scale that links a stored value to
// the number as a document writes it (a value of 9000 in usd-100m is 9000 亿美元 = 9e11 US dollars).

export const units = {
  "usd-per-capita": { labelZh: "美元/人", labelEn: "USD per person", scale: 1 },
  "usd-100m": { labelZh: "亿美元", labelEn: "100 million USD", scale: 1e8 },
  "cny-100m": { labelZh: "亿元", labelEn: "100 million CNY", scale: 1e8 },
  "cny-10k": { labelZh: "万元", labelEn: "10,000 CNY", scale: 1e4 },
  "cny-per-capita": { labelZh: "元/人", labelEn: "CNY per person", scale: 1 },
  "cny-per-usd": { labelZh: "元/美元", labelEn: "CNY per USD", scale: 1 },
  cny: { labelZh: "元", labelEn: "CNY", scale: 1 },
  "people-10k": { labelZh: "万人", labelEn: "10,000 people", scale: 1e4 },
  percent: { labelZh: "%", labelEn: "%", scale: 1 },
  "percent-per-year": { labelZh: "%/年", labelEn: "% a year", scale: 1 },
  "percentage-point": { labelZh: "个百分点", labelEn: "percentage points", scale: 1 },
  count: { labelZh: "个", labelEn: "", scale: 1 },
  firms: { labelZh: "家", labelEn: "firms", scale: 1 },
  universities: { labelZh: "所", labelEn: "universities", scale: 1 },
  items: { labelZh: "项", labelEn: "items", scale: 1 },
  pieces: { labelZh: "件", labelEn: "pieces", scale: 1 },
  people: { labelZh: "人", labelEn: "people", scale: 1 },
  "person-years": { labelZh: "人年", labelEn: "person-years", scale: 1 },
  economies: { labelZh: "个经济体", labelEn: "economies", scale: 1 },
  year: { labelZh: "年", labelEn: "", scale: 1 },
  years: { labelZh: "年", labelEn: "years", scale: 1 },
  rank: { labelZh: "位", labelEn: "rank", scale: 1 },
  times: { labelZh: "倍", labelEn: "times", scale: 1 },
} as const;

export type UnitCode = keyof typeof units;

export const unitCodes = Object.keys(units) as [UnitCode, ...UnitCode[]];

export function unitLabelZh(code: UnitCode): string {
  return units[code].labelZh;
}

/** The unit as the page's language writes it: "美元/人" or "USD per person" ("" where English needs no word, as for a year). */
export function unitLabel(code: UnitCode, locale: "zh-CN" | "en"): string {
  return locale === "en" ? units[code].labelEn : units[code].labelZh;
}

/** A unit code read from the store or from input: own keys of `units` only, never its prototype chain. */
export function isUnitCode(code: string): code is UnitCode {
  return Object.hasOwn(units, code);
}

/**
 * Units of totals that add up across regions (money, people, things counted). A national figure in such a
 * unit is the sum over the provinces, so a province is compared with the national figure per province,
 * not with the total; rates, shares and per-person figures compare with the national figure as it is.
 */
export const additiveUnits: ReadonlySet<UnitCode> = new Set<UnitCode>([
  "usd-100m", "cny-100m", "cny-10k", "cny", "people-10k", "count", "firms", "universities", "items", "pieces", "people", "person-years",
]);
