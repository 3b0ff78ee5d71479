// The page's language, posted with each editor form so that the server action answers in it: its form
// errors and its redirect (lib/actions/locale.ts).
import { localeField } from "@/lib/actions/locale";
import type { Locale } from "@/lib/i18n/locales";

export function LocaleField({ locale }: { locale: Locale }) {
  return <input type="hidden" name={localeField} value={locale} />;
}
