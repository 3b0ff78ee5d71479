// Whether more of an indicator is better, in words.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

export function directionText(higherIsBetter: boolean | null, locale: Locale): string {
  const d = getMessages(locale).indicators.direction;
  return higherIsBetter === null ? d.none : higherIsBetter ? d.up : d.down;
}
