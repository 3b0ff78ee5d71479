// The request headers proxy.ts fills for a page: its locale, and its path and query without the "/en"
// prefix (for the navigation's current section and the language switch). Read by lib/i18n/request.ts
// (App Router) and by the Pages Router's overview from its request; kept apart so proxy.ts and the Pages
// Router do not import next/headers.
import { parseLocale, type Locale } from "./locales";

export const localeHeader = "x-locale";
export const pathHeader = "x-pathname";
export const searchHeader = "x-search";
/** Marks the second pass of a request proxy.ts rewrote from /en/…: Next (under server.ts) sends the rewritten
 * request back through the server over HTTP, and that pass must reach Next, not the page cache, which keys
 * pages by the URL the reader asked for. */
export const rewriteMarkHeader = "x-kechan-rewritten";

export type PageRequest = { locale: Locale; pathname: string; search: string };

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function read(headers: HeaderBag, name: string): string | undefined {
  if (typeof headers.get === "function") return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return typeof value === "string" ? value : undefined;
}

export function pageRequest(headers: HeaderBag): PageRequest {
  const search = read(headers, searchHeader) ?? "";
  return {
    locale: parseLocale(read(headers, localeHeader)),
    pathname: read(headers, pathHeader) ?? "/",
    search: search.startsWith("?") ? search : "",
  };
}
