// A figure as one plain string ("超过9,000美元/人", "30余年"; in English "more than 9,000 USD per person") for
// chart labels and data tables.
import { figureLabel } from "@/lib/charts/chart-figures";
import type { UnitCode } from "@/lib/domain/units";
import type { Locale } from "@/lib/i18n/locales";

export function observationLabel(value: number, qualifier: string | null, unit: UnitCode, locale: Locale): string {
  return figureLabel(value, qualifier, unit, locale);
}
