// "Download data" (CSV), "save image" (SVG, PNG) and "cite this chart" for a server-rendered chart. They work
// through lib/client/chart-downloads.ts, a small script every page loads (components/ui/site-shell.tsx), so a
// chart needs no React on the client. Without that script the citation is still there as selectable text.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type ChartDownloadsProps = {
  locale: Locale;
  fileName: string;
  /** The citation as the server can write it (no page address); the script adds the address and today's date. */
  citation: string;
};

export function ChartDownloads({ locale, fileName, citation }: ChartDownloadsProps) {
  const m = getMessages(locale).common;
  return (
    <div className="chart__actions">
      <div className="chart__downloads" data-file-name={fileName}>
        <button type="button" className="link-button" data-chart-download="csv">{m.downloadData}</button>
        <button type="button" className="link-button" data-chart-download="svg">{m.saveSvg}</button>
        <button type="button" className="link-button" data-chart-download="png">{m.savePng}</button>
      </div>
      <details className="chart__cite">
        <summary>{m.cite}</summary>
        <p className="chart__citation" data-chart-citation>{citation}</p>
        <button type="button" className="link-button" data-chart-copy data-copied={m.copied}>{m.copyCitation}</button>
      </details>
    </div>
  );
}
