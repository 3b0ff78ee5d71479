// Names of things stored in two languages (regions, indicators, stage bands: nameZh and nameEn), shown in
// the page's language. English falls back to the Chinese name when a record has none (an imported region
// or indicator whose file gave no English name), so nothing is ever blank.
import type { Locale } from "./locales";

export function localName(locale: Locale, thing: { nameZh: string; nameEn?: string | null }): string {
  return locale === "en" && thing.nameEn ? thing.nameEn : thing.nameZh;
}

/** The `lang` attribute a shown name needs: "zh-CN" on an English page when the name stays Chinese, else none. */
export function nameLang(locale: Locale, thing: { nameEn?: string | null }): "zh-CN" | undefined {
  return locale === "en" && !thing.nameEn ? "zh-CN" : undefined;
}
