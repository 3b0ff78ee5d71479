// A figure as the documents qualify it: "超过 9,000", "约 4.3", "30余", with its unit; in English the qualifier
// always comes first ("more than 9,000 USD per person", "about 4.3%").
import { formatNumber } from "@/lib/format";
import { unitLabel as unitText, type UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type ObservationValueProps = { value: number; qualifier: string | null; unit: UnitCode; locale: Locale; className?: string };

export function ObservationValue({ value, qualifier, unit, locale, className }: ObservationValueProps) {
  const words = getMessages(locale).qualifiers;
  const word = qualifier && Object.hasOwn(words, qualifier) ? words[qualifier] : undefined;
  // Chinese writes 余 after the number ("30余"); English puts every qualifier before it.
  const after = qualifier === "+" && locale !== "en";
  const unitLabel = unitText(unit, locale);
  const number = unit === "year" ? String(value) : formatNumber(value);
  // English spaces a word unit from its number ("9,000 USD per person") but not a sign ("4.3%").
  const unitSpace = locale === "en" && unitLabel && !unitLabel.startsWith("%") ? " " : "";
  return (
    <span className={className}>
      {word && !after && <span className="indicator-card__qualifier">{word}{locale === "en" && !/\s$/.test(word) ? " " : ""}</span>}
      {number}
      {word && after && word}
      {unitLabel && <small>{unitSpace}{unitLabel}</small>}
    </span>
  );
}
