// Downloads of the index: results as CSV, xlsx and JSON from /api/v1/index, and the spec as JSON. The
// workbook follows the page's language (lang=en); the CSV's and JSON's columns and keys are the same in both.
import { indexPageText } from "@/lib/index/messages";
import type { Locale } from "@/lib/i18n/locales";

export function IndexDownloads({ locale, spec, year }: { locale: Locale; spec: string; year: number }) {
  const m = indexPageText(locale).downloads;
  const results = (format: "csv" | "xlsx" | "json") => {
    const query = new URLSearchParams({ spec, year: String(year), format });
    if (format === "xlsx" && locale === "en") query.set("lang", "en");
    return `/api/v1/index?${query}`;
  };
  // Plain anchors, not next/link: these are files, not pages to prefetch.
  return (
    <>
      <p className="note">{m.lead}</p>
      <ul className="plain-list plain-list--inline index-downloads" data-testid="index-downloads">
        <li><a href={results("csv")} download>{m.csv}</a></li>
        <li><a href={results("xlsx")} download>{m.xlsx}</a></li>
        <li><a href={results("json")}>{m.json}</a></li>
        <li><a href={`/api/v1/index/spec/${encodeURIComponent(spec)}?download=1`} download>{m.spec}</a></li>
      </ul>
    </>
  );
}
