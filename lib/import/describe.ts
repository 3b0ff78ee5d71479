// What the importer detected in a file, in words: the CLI prints these lines before the counts.
import { unitLabel } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { ImportDetection } from "./index";

export function describeDetection(detection: ImportDetection, locale: Locale): string[] {
  const m = getMessages(locale).importer;
  const quoted = (text: string | null) => (text ? fill(m.cli.quoted, { text }) : "");
  const lines = [
    fill(m.cli.detected, {
      format: m.formats[detection.format] ?? detection.format,
      encoding: detection.encoding ? `(${m.encodings[detection.encoding]})` : "",
      sheet: detection.sheet ? fill(m.cli.sheet, { sheet: detection.sheet }) : "",
      layout: m.layouts[detection.layout] ?? detection.layout,
    }),
  ];
  if (detection.layout === "long") return lines;
  lines.push(fill(m.cli.region, { region: `${m.regionSources[detection.regionSource]}${quoted(detection.region)}` }));
  lines.push(fill(m.cli.source, { source: detection.source ?? m.defaultSource }));
  lines.push(fill(m.cli.skipped, { n: detection.skippedEmpty }));
  for (const i of detection.indicators) {
    lines.push(
      i.status === "unresolved"
        ? fill(m.cli.unresolved, { label: i.label })
        : fill(m.cli.indicator, { label: i.label, code: i.code, status: m.indicatorStatuses[i.status]!, unit: `${unitLabel(i.unit, locale) || i.unit} ${i.unit}` }),
    );
  }
  return lines;
}
