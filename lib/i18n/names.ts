// Names of things stored in two languages (regions, indicators, stage bands: nameZh and nameEn), shown in
// the page's language. English falls back to the Chinese name when a record has none (an imported region
// or indicator whose file gave no English name), so nothing is ever blank.
import type { Locale } from "./locales";

export function localName(locale: Locale, thing: { nameZh: string; nameEn?: string | null }): string {
  return locale === "en" && thing.nameEn ? thing.nameEn : thing.nameZh;
}

/** The language a shown name is in, for its element's `lang` when it differs from the page's. */
export function nameLang(locale: Locale, thing: { nameEn?: string | null }): Locale {
  return locale === "en" && !thing.nameEn ? "zh-CN" : locale;
}
