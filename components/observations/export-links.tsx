// CSV and JSON downloads of the figures a page shows, in the importer's own columns.
import { getMessages } from "@/lib/i18n";

type ExportLinksProps = { filter: { region?: string; indicator?: string; source?: string } };

export function ExportLinks({ filter }: ExportLinksProps) {
  const m = getMessages().common;
  const query = (format: string) => new URLSearchParams({ format, ...filter }).toString();
  return (
    <p className="export-links" data-testid="export-links">
      <a href={`/api/v1/export?${query("csv")}`} download>{m.exportCsv}</a>
      <a href={`/api/v1/export?${query("json")}`} download>{m.exportJson}</a>
    </p>
  );
}
