// Number formats of the workbench in the page's language, made once per language (the what-if table
// re-renders on every keystroke).
import { intlLocale, type Locale } from "@/lib/i18n/locales";

type WorkbenchFormats = {
  /** 0.25 → "25%". */
  share: Intl.NumberFormat;
  /** Milliseconds and ranks: one decimal at most. */
  oneDecimal: Intl.NumberFormat;
  /** Scores and sensitivity indices: two decimals. */
  twoDecimals: Intl.NumberFormat;
  /** Counts: 1,000. */
  count: Intl.NumberFormat;
};

const made = new Map<Locale, WorkbenchFormats>();

export function workbenchFormats(locale: Locale): WorkbenchFormats {
  let formats = made.get(locale);
  if (!formats) {
    const tag = intlLocale(locale);
    formats = {
      share: new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }),
      oneDecimal: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
      twoDecimals: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      count: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    };
    made.set(locale, formats);
  }
  return formats;
}
