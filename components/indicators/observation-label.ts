// A figure as one plain string ("超过9,000美元/人", "30余年") for chart labels and data tables.
import { formatNumber } from "@/lib/format";
import { unitLabelZh, type UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";

export function observationLabel(value: number, qualifier: string | null, unit: UnitCode): string {
  const word = qualifier ? getMessages().qualifiers[qualifier] ?? qualifier : "";
  const number = unit === "year" ? String(value) : formatNumber(value);
  return qualifier === "+" ? `${number}${word}${unitLabelZh(unit)}` : `${word}${number}${unitLabelZh(unit)}`;
}
