// The language a server action answers in. Each form of the editor's pages carries the page's locale in a
// hidden field (`<LocaleField>`), so a post with or without JavaScript says which language its form errors
// and its redirect should be in; a post without one (a script, an old page) gets Chinese, the default.
import { localizedPath, parseLocale, splitLocale, type Locale } from "@/lib/i18n/locales";

/** The name of the hidden field. */
export const localeField = "locale";

export function formLocale(form: FormData | null | undefined): Locale {
  const value = form?.get(localeField);
  return parseLocale(typeof value === "string" ? value : null);
}

/**
 * A site path in the given language, for a redirect. A path that already names its language (a `next`
 * taken from an English page, "/en/…") keeps it rather than gaining a second prefix.
 */
export function localizedRedirect(locale: Locale, path: string): string {
  return splitLocale(path.split(/[?#]/, 1)[0]!).locale === "en" ? path : localizedPath(locale, path);
}
