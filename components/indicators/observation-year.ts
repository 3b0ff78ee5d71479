// The year a figure describes, said the way the source frames it (a year, a period, a forecast).
import { yearText } from "@/lib/charts/chart-figures";

type ObservationYearProps = { year: number; periodStart: number | null; yearBasis: string };

export function observationYearText(observation: ObservationYearProps): string {
  return yearText(observation);
}
