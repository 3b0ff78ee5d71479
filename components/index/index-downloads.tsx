// Downloads of the index: results as CSV, xlsx and JSON from /api/v1/index, and the spec as JSON.
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";

export function IndexDownloads({ spec, year }: { spec: string; year: number }) {
  const m = indexPageMessages.downloads;
  const results = (format: "csv" | "xlsx" | "json") => `/api/v1/index?${new URLSearchParams({ spec, year: String(year), format })}`;
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
