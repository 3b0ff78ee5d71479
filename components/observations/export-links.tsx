// CSV and JSON downloads of the figures a page shows, in the importer's own columns.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type ExportLinksProps = { filter: { region?: string; indicator?: string; source?: string }; locale: Locale };

export function ExportLinks({ filter, locale }: ExportLinksProps) {
  const m = getMessages(locale).common;
  const query = (format: string) => new URLSearchParams({ format, ...filter }).toString();
  return (
    <p className="export-links" data-testid="export-links">
      <a href={`/api/v1/export?${query("csv")}`} download>{m.exportCsv}</a>
      <a href={`/api/v1/export?${query("json")}`} download>{m.exportJson}</a>
    </p>
  );
}
