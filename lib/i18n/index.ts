// The message catalogue for the current locale (zh-CN only for now).
import { zhCN, type Messages } from "./zh-CN";

export type Locale = "zh-CN";

export function getMessages(_locale: Locale = "zh-CN"): Messages {
  return zhCN;
}
