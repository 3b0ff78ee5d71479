// What the importer detected in a file, in words: the CLI prints these lines before the counts.
import { unitLabelZh } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import type { ImportDetection } from "./index";

export function describeDetection(detection: ImportDetection): string[] {
  const m = getMessages().importer;
  const lines = [
    fill(m.cli.detected, {
      format: m.formats[detection.format] ?? detection.format,
      encoding: detection.encoding ? `(${m.encodings[detection.encoding]})` : "",
      sheet: detection.sheet ? `,工作表「${detection.sheet}」` : "",
      layout: m.layouts[detection.layout] ?? detection.layout,
    }),
  ];
  if (detection.layout === "long") return lines;
  lines.push(fill(m.cli.region, { region: `${m.regionSources[detection.regionSource]}${detection.region ? `「${detection.region}」` : ""}` }));
  lines.push(fill(m.cli.source, { source: detection.source ?? m.defaultSource }));
  lines.push(fill(m.cli.skipped, { n: detection.skippedEmpty }));
  for (const i of detection.indicators) {
    lines.push(
      i.status === "unresolved"
        ? fill(m.cli.unresolved, { label: i.label })
        : fill(m.cli.indicator, { label: i.label, code: i.code, status: m.indicatorStatuses[i.status]!, unit: `${unitLabelZh(i.unit)} ${i.unit}` }),
    );
  }
  return lines;
}
