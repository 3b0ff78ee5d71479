// Text that may mix Chinese into an English page (references, URLs): each Chinese run marked lang="zh-CN".
// On Chinese pages the text is shown as it is.
import { hanRuns } from "@/lib/i18n/han-runs";
import type { Locale } from "@/lib/i18n/locales";

export function MixedText({ text, locale }: { text: string; locale: Locale }) {
  if (locale !== "en") return text;
  return hanRuns(text).map((run, i) => (run.chinese ? <span key={i} lang="zh-CN">{run.text}</span> : run.text));
}
