// The text of /index (and of the index's downloads and the region profile's index panel) and of its
// workbench, in the page's language. Server code only: the workbench's client components get their text as
// a prop (plain strings, no functions), so neither catalogue ships in a client bundle.
import { indexPageMessagesEn } from "@/lib/i18n/en-index-page";
import { indexWorkbenchMessagesEn } from "@/lib/i18n/en-index-workbench";
import type { Locale } from "@/lib/i18n/locales";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";
import { indexWorkbenchMessages, type IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";

export type IndexPageMessages = typeof indexPageMessages;
export type { IndexWorkbenchMessages };

export function indexPageText(locale: Locale): IndexPageMessages {
  return locale === "en" ? indexPageMessagesEn : indexPageMessages;
}

export function indexWorkbenchText(locale: Locale): IndexWorkbenchMessages {
  return locale === "en" ? indexWorkbenchMessagesEn : indexWorkbenchMessages;
}
