// A figure as one plain string ("超过9,000美元/人", "30余年") for chart labels and data tables.
import { figureLabel } from "@/lib/charts/chart-figures";
import type { UnitCode } from "@/lib/domain/units";

export function observationLabel(value: number, qualifier: string | null, unit: UnitCode): string {
  return figureLabel(value, qualifier, unit);
}
