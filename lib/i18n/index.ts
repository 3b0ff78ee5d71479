// The message catalogues: Simplified Chinese (the default) and English, the same shape (en.ts is typed by
// zh-CN.ts, and catalogue.test.ts compares every key), chosen by the request's locale (lib/i18n/request.ts).
import { en } from "./en";
import { zhCN, type Messages } from "./zh-CN";
import type { Locale } from "./locales";

export type { Locale } from "./locales";
export type { Messages } from "./zh-CN";

export function getMessages(locale: Locale): Messages {
  return locale === "en" ? en : zhCN;
}
