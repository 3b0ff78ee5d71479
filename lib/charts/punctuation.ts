// The marks that join a chart's words, as each language writes them: Chinese uses full-width marks with no
// spaces ("中国，2025年", "出处：文献甲"), English the ASCII ones with a space after ("China, 2025", "Source: …").
import type { Locale } from "@/lib/i18n/locales";

export type Punctuation = {
  /** Between items of a list of names: "、" or ", ". */
  list: string;
  /** Between clauses or sources: "；" or "; ". */
  semicolon: string;
  /** Between parts of a line: "，" or ", ". */
  comma: string;
  /** After a label: "：" or ": ". */
  colon: string;
  /** A remark after a text: "（…）" or " (…)". */
  paren: (text: string) => string;
};

const zh: Punctuation = { list: "、", semicolon: "；", comma: "，", colon: "：", paren: (text) => `（${text}）` };
const en: Punctuation = { list: ", ", semicolon: "; ", comma: ", ", colon: ": ", paren: (text) => ` (${text})` };

export function punctuation(locale: Locale): Punctuation {
  return locale === "en" ? en : zh;
}

/**
 * `lang` for a text on a page in `locale` that may be stored only in Chinese (a locator, a source without an
 * English title): "zh-CN" on an English page when the text has Han characters, else nothing to mark.
 */
export function chineseLang(locale: Locale, text: string): "zh-CN" | undefined {
  return locale === "en" && /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? "zh-CN" : undefined;
}
