// A figure as the documents qualify it: "超过 9,000", "约 4.3", "30余", with its unit.
import { formatNumber } from "@/lib/format";
import { unitLabelZh, type UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";

type ObservationValueProps = { value: number; qualifier: string | null; unit: UnitCode; className?: string };

export function ObservationValue({ value, qualifier, unit, className }: ObservationValueProps) {
  const word = qualifier ? getMessages().qualifiers[qualifier] : undefined;
  const unitLabel = unitLabelZh(unit);
  const number = unit === "year" ? String(value) : formatNumber(value);
  return (
    <span className={className}>
      {word && qualifier !== "+" && <span className="indicator-card__qualifier">{word}</span>}
      {number}
      {word && qualifier === "+" && word}
      {unitLabel && <small>{unitLabel}</small>}
    </span>
  );
}
