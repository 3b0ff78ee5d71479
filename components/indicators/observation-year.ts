// The year a figure describes, said the way the source frames it (a year, a period, a forecast).
import { yearText } from "@/lib/charts/chart-figures";
import type { Locale } from "@/lib/i18n/locales";

type ObservationYearProps = { year: number; periodStart: number | null; yearBasis: string };

export function observationYearText(observation: ObservationYearProps, locale: Locale): string {
  return yearText(observation, locale);
}
