// The language switch: GET /lang?to=en&next=/regions/cn%3Fyear%3D2023 remembers the choice in a cookie
// (so the home page stops following the browser's language) and sends the reader to the same page, with
// the same query, in the chosen language. `next` is a path on this site written as in Chinese.
import { z } from "zod";
import { localeCookie, localizedPath, locales, type Locale } from "./locales";

const sitePath = z
  .string()
  .max(2000, "at most 2000 characters")
  .refine((path) => path.startsWith("/") && !path.startsWith("//") && !/[\\\s]/.test(path), "a path on this site, starting with a single /");

export const switchQuery = z.object({ to: z.enum(locales), next: sitePath });

/** The switch link from a page (its path and query without the /en prefix) to the other language. */
export function switchHref(to: Locale, pathAndQuery: string): string {
  return `/lang?${new URLSearchParams({ to, next: pathAndQuery })}`;
}

/** Where the switch sends the reader, and the cookie it sets. */
export function switchAnswer(query: z.infer<typeof switchQuery>): { location: string; cookie: string } {
  const oneYear = 365 * 24 * 60 * 60;
  return {
    location: localizedPath(query.to, query.next),
    cookie: `${localeCookie}=${query.to}; Path=/; Max-Age=${oneYear}; SameSite=Lax`,
  };
}
