// NBS indicator labels ("人均地区生产总值(元/人)", "工业增加值 (亿元)") split into a name and a unit code, the
// name normalised for matching, and the stable code a new indicator gets from its name and unit.
import { unitCodes, units, type UnitCode } from "@/lib/domain/units";

/** Units as the NBS portal writes them, then every unambiguous Chinese unit label of the store. */
const nbsUnits = new Map<string, UnitCode>([
  ["元/人", "cny-per-capita"], ["亿元", "cny-100m"], ["万元", "cny-10k"], ["万人", "people-10k"], ["%", "percent"],
  ["元", "cny"], ["美元/人", "usd-per-capita"], ["个", "count"], ["人", "people"], ["元/美元", "cny-per-usd"],
]);
const labelCounts = new Map<string, number>();
for (const code of unitCodes) labelCounts.set(units[code].labelZh, (labelCounts.get(units[code].labelZh) ?? 0) + 1);
for (const code of unitCodes) {
  const label = units[code].labelZh;
  if (label && labelCounts.get(label) === 1 && !nbsUnits.has(label)) nbsUnits.set(label, code);
}

export function unitFromLabel(unitText: string): UnitCode | undefined {
  const key = unitText.normalize("NFKC").replace(/\s+/g, "");
  return nbsUnits.get(key) ?? ((unitCodes as string[]).includes(key) ? (key as UnitCode) : undefined);
}

export type ParsedLabel = { label: string; name: string; unitText: string | null };

/** The unit is the last parenthesised part (half- or full-width) at the end of the label. */
export function parseLabel(label: string): ParsedLabel {
  const trimmed = label.trim();
  const match = /^(.*?)\s*[(（]([^()（）]*)[)）]\s*$/u.exec(trimmed);
  if (!match || match[1]!.trim() === "") return { label: trimmed, name: trimmed, unitText: null };
  return { label: trimmed, name: match[1]!.trim(), unitText: match[2]!.trim() };
}

/** A name as compared: NFKC (full-width letters and brackets become ASCII), no spaces, one kind of bracket. */
export function normaliseName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").replace(/[［【〔]/g, "(").replace(/[］】〕]/g, ")");
}

/** `nbs-` and 8 hex digits of an FNV-1a hash of the normalised name and the unit: the same label always gets the same code. */
export function nbsIndicatorCode(name: string, unit: UnitCode): string {
  let hash = 0x811c9dc5;
  for (const ch of `${normaliseName(name)}|${unit}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `nbs-${hash.toString(16).padStart(8, "0")}`;
}

/** A category from words in the name; "economy" when nothing is clear. */
export function categoryOf(name: string): "economy" | "rnd" | "innovation" {
  if (/R&D|研究与试验发展|研发/i.test(name.normalize("NFKC"))) return "rnd";
  if (/专利|技术合同|高新技术|创新/.test(name)) return "innovation";
  return "economy";
}
