// The site's two languages and how a URL carries them: Chinese at the root (/regions), English under /en
// (/en/regions). Pure functions, shared by proxy.ts (which strips the prefix and tells the page its locale),
// the production server (which answers the language redirect before the page cache) and every link.

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";

/** The cookie that remembers a reader's choice from the language switch (lib/i18n/switch.ts). */
export const localeCookie = "kechan-lang";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The locale a request header names, the default for anything else. */
export function parseLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

const englishPrefix = /^\/en(?=\/|$)/;

/** "/en/regions/cn" → { locale: "en", path: "/regions/cn" }; "/regions" → { locale: "zh-CN", path: "/regions" }. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (!englishPrefix.test(pathname)) return { locale: defaultLocale, path: pathname };
  return { locale: "en", path: pathname.replace(englishPrefix, "") || "/" };
}

/**
 * A site path in the given language: "/regions?x=1" → "/en/regions?x=1" in English, unchanged in Chinese.
 * Fragments-only ("#answer") and external URLs pass through.
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === defaultLocale || !path.startsWith("/") || path.startsWith("//")) return path;
  if (/^\/(api|_next|scripts)(\/|$)/.test(path)) return path;
  if (path === "/") return "/en";
  if (/^\/[?#]/.test(path)) return `/en${path.slice(1)}`;
  return `/en${path}`;
}

type Preference = { tag: string; q: number; order: number };

/** The reader's languages from Accept-Language, most wanted first (RFC 9110 §12.5.4). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const preferences: Preference[] = [];
  header.split(",").forEach((part, order) => {
    const [rawTag = "", ...params] = part.trim().split(";");
    const tag = rawTag.trim().toLowerCase();
    if (!/^[a-z]{1,8}(-[a-z0-9]{1,8})*$|^\*$/.test(tag)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) return;
    preferences.push({ tag, q, order });
  });
  return preferences.sort((a, b) => b.q - a.q || a.order - b.order).map((p) => p.tag);
}

/**
 * The language a reader arriving at the home page without a choice should get: English when their browser
 * ranks English above Chinese, otherwise Chinese (the default). A choice made with the switch (the cookie)
 * always wins.
 */
export function negotiatedLocale(acceptLanguage: string | null | undefined, cookie: string | null | undefined): Locale {
  const chosen = cookieLocale(cookie);
  if (chosen) return chosen;
  for (const tag of acceptedLanguages(acceptLanguage)) {
    if (tag === "en" || tag.startsWith("en-")) return "en";
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
  }
  return defaultLocale;
}

/** The locale remembered in the Cookie header, if any. */
export function cookieLocale(cookieHeader: string | null | undefined): Locale | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(";")) {
    const [name, ...value] = pair.trim().split("=");
    if (name === localeCookie) {
      const locale = decodeURIComponent(value.join("="));
      return isLocale(locale) ? locale : null;
    }
  }
  return null;
}

/**
 * The redirect a page request needs before anything else answers it: only the bare home page ("/") is
 * negotiated, so a link someone shares always opens in the language it was shared in.
 */
export function languageRedirect(pathname: string, search: string, acceptLanguage: string | null | undefined, cookie: string | null | undefined): string | null {
  if (pathname !== "/") return null;
  return negotiatedLocale(acceptLanguage, cookie) === "en" ? `/en${search}` : null;
}

/** BCP 47 tag for Intl formatters. */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : "zh-CN";
}
