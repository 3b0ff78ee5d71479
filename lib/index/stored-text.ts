// Text a framework spec stores as its author wrote it (titles, pillar and indicator labels, rationales,
// citation locators) is shown as it is in both languages; on an English page, text in Chinese is marked
// lang="zh-CN" so that screen readers and fonts treat it as Chinese. A spec may also give its title and
// labels in English (titleEn, labelEn): English pages show those, and the stored text where there are none.
// Plain, so client components use it too.
import type { Locale } from "@/lib/i18n/locales";
import type { IndexSpec } from "./spec";

const han = /\p{Script=Han}/u;

/** The `lang` attribute for stored text: "zh-CN" on an English page when the text is Chinese, else none. */
export function storedLang(locale: Locale, text: string | null | undefined): "zh-CN" | undefined {
  return locale === "en" && typeof text === "string" && han.test(text) ? "zh-CN" : undefined;
}

/** A pillar's or an indicator's label in the page's language: its English label on an English page, where it has one. */
export function specLabel(locale: Locale, item: { label: string; labelEn?: string | null | undefined }): string {
  return locale === "en" && item.labelEn ? item.labelEn : item.label;
}

/** A spec's title in the page's language: its English title on an English page, where it has one. */
export function specTitle(locale: Locale, spec: { title: string; titleEn?: string | null | undefined }): string {
  return locale === "en" && spec.titleEn ? spec.titleEn : spec.title;
}

/**
 * The spec with every pillar and indicator label (and the title) in the page's language, for code that
 * names pillars or indicators by `label` (the sensitivity factors, a chart). For display only: never save,
 * export or compute from the copy.
 */
export function withSpecLabels(spec: IndexSpec, locale: Locale): IndexSpec {
  if (locale !== "en") return spec;
  return {
    ...spec,
    title: specTitle(locale, spec),
    pillars: spec.pillars.map((p) => ({ ...p, label: specLabel(locale, p), indicators: p.indicators.map((i) => ({ ...i, label: specLabel(locale, i) })) })),
  };
}
