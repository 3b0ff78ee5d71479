// Which indicator each NBS label stands for: the editor's explicit choice, else the stored indicator of the
// same name (NFKC, spaces and bracket variants aside) and unit, else a new one with a code derived from
// the label. A label whose unit contradicts the indicator of its name is a problem, never a new indicator.
import { unitLabelZh, type UnitCode } from "@/lib/domain/units";
import { cutShort, type ImportIssue } from "./issues";
import { categoryOf, nbsIndicatorCode, normaliseName, parseLabel, unitFromLabel } from "./labels";
import type { Placed } from "./nbs";

export type StoredIndicator = { code: string; nameZh: string; unit: UnitCode };

/** The editor's mapping: a label (or, for a one-indicator file, no label) to a code or "new". */
export type IndicatorMapping = { label: string | null; code: string };

export type IndicatorChoice = {
  label: string;
  name: string;
  unit: UnitCode;
  code: string;
  /** existing: matched by name and unit; chosen: the editor's mapping; new: created on import. */
  status: "existing" | "chosen" | "new";
  category: string;
};

/** A label as the preview shows it: its choice, or the unit the file gave when it could not be mapped. */
export type DetectedIndicator = IndicatorChoice | { label: string; name: string; unitText: string | null; status: "unresolved" };

export type IndicatorResolution = { choices: Map<string, IndicatorChoice>; detected: DetectedIndicator[]; issues: ImportIssue[] };

const sameLabel = (a: string, b: string) => normaliseName(a) === normaliseName(b);

export function resolveIndicators(labels: Placed[], stored: StoredIndicator[], mappings: IndicatorMapping[]): IndicatorResolution {
  const choices = new Map<string, IndicatorChoice>();
  const issues: ImportIssue[] = [];
  const byCode = new Map(stored.map((i) => [i.code, i]));
  const unlabelled = mappings.filter((m) => m.label === null);
  if (unlabelled.length > 0 && labels.length > 1) {
    issues.push({ line: 0, column: null, problem: "mapping-needs-label", detail: unlabelled.map((m) => m.code).join(", ") });
  }
  for (const mapping of mappings) {
    if (mapping.label !== null && !labels.some((l) => sameLabel(l.text, mapping.label!))) {
      issues.push({ line: 0, column: null, problem: "unmatched-mapping", detail: cutShort(mapping.label) });
    }
  }

  for (const place of labels) {
    const at = (problem: ImportIssue["problem"], detail?: string) => issues.push({ line: place.line, column: place.column, problem, detail });
    const mapping = mappings.find((m) => m.label !== null && sameLabel(m.label, place.text)) ?? (labels.length === 1 ? unlabelled[0] : undefined);
    const { name, unitText } = parseLabel(place.text);
    const labelUnit = unitText === null ? undefined : unitFromLabel(unitText);
    if (unitText !== null && !labelUnit) {
      at("unknown-unit", unitText);
      continue;
    }

    if (mapping && mapping.code !== "new") {
      const chosen = byCode.get(mapping.code);
      if (!chosen) at("unknown-indicator", mapping.code);
      else if (labelUnit && labelUnit !== chosen.unit) at("unit-mismatch", `${unitText} ≠ ${unitLabelZh(chosen.unit)}(${chosen.code})`);
      else choices.set(place.text, { label: place.text, name: chosen.nameZh, unit: chosen.unit, code: chosen.code, status: "chosen", category: "" });
      continue;
    }
    if (place.text === "") {
      at("no-indicator-line");
      continue;
    }

    const named = mapping ? [] : stored.filter((i) => sameLabel(i.nameZh, name) || sameLabel(i.nameZh, place.text));
    const match = labelUnit ? named.find((i) => i.unit === labelUnit) : named.length === 1 ? named[0] : undefined;
    if (match) {
      choices.set(place.text, { label: place.text, name: match.nameZh, unit: match.unit, code: match.code, status: "existing", category: "" });
      continue;
    }
    if (labelUnit && named.length > 0) {
      at("unit-mismatch", `${unitText} ≠ ${named.map((i) => `${unitLabelZh(i.unit)}(${i.code})`).join("、")}`);
      continue;
    }
    if (!labelUnit) {
      at(named.length > 1 ? "ambiguous-indicator" : "label-without-unit", cutShort(place.text));
      continue;
    }
    const code = nbsIndicatorCode(name, labelUnit);
    const clash = byCode.get(code);
    if (clash && (clash.unit !== labelUnit || !sameLabel(clash.nameZh, name))) {
      at("unknown-indicator", `${code} ≠ ${clash.nameZh}`);
      continue;
    }
    choices.set(place.text, { label: place.text, name, unit: labelUnit, code, status: clash ? "existing" : "new", category: categoryOf(name) });
  }
  const detected = labels.map((place): DetectedIndicator => {
    const { name, unitText } = parseLabel(place.text);
    return choices.get(place.text) ?? { label: place.text, name, unitText, status: "unresolved" };
  });
  return { choices, detected, issues };
}
