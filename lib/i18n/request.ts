// The one place a server component learns the request's language: proxy.ts strips "/en" from the URL and
// names the locale in a request header. Pages and layouts call this once and pass `locale` down; components
// and lib code take it as an argument (the overview, served by the Pages Router, reads the same headers in
// getServerSideProps), so nothing below a page depends on a request being in scope.
import { headers } from "next/headers";
import { getMessages } from "./index";
import { pageRequest, type PageRequest } from "./request-header";
import type { Locale } from "./locales";

export async function requestPage(): Promise<PageRequest> {
  return pageRequest(await headers());
}

export async function requestLocale(): Promise<Locale> {
  return (await requestPage()).locale;
}

/** The locale and its catalogue, for a page's first line. */
export async function requestMessages() {
  const locale = await requestLocale();
  return { locale, m: getMessages(locale) };
}
