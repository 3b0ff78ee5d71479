// Whether more of an indicator is better, in words.
import { getMessages } from "@/lib/i18n";

export function directionText(higherIsBetter: boolean | null): string {
  const d = getMessages().indicators.direction;
  return higherIsBetter === null ? d.none : higherIsBetter ? d.up : d.down;
}
