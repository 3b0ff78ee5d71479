// The error page's text in English (lib/i18n/zh-CN-error.ts says why it has a file of its own).
import type { errorMessages } from "./zh-CN-error";

export const errorMessagesEn: typeof errorMessages = { title: "Something went wrong", body: "The page failed to load. Please try again later.", retry: "Try again" };
