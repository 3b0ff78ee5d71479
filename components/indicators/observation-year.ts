// The year a figure describes, said the way the source frames it (a year, a period, a forecast).
import { getMessages } from "@/lib/i18n";

type ObservationYearProps = { year: number; periodStart: number | null; yearBasis: string };

export function observationYearText({ year, periodStart, yearBasis }: ObservationYearProps): string {
  const m = getMessages().common;
  const when = periodStart !== null ? m.period(periodStart, year) : m.yearLabel(year);
  if (yearBasis === "forecast") return `${when}(${m.forecast})`;
  if (yearBasis === "publication") return m.publicationYear(year);
  return when;
}
