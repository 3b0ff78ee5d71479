// The Table tab of a chart: its figures with year, label, unit and source, or the caller's plain table. The
// wrapper is a focusable, labelled region, so a keyboard can reach it and scroll a wide table.
import Link from "@/components/ui/link";
import type { FigureRow } from "@/lib/charts/figure-table";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { chineseLang, punctuation } from "@/lib/charts/punctuation";
import type { ChartTable } from "./server-chart";

type ChartFigureTableProps = { locale: Locale; title: string; hasIndicator: boolean; hasSeries: boolean; rows: FigureRow[] };

export function ChartFigureTable({ locale, title, hasIndicator, hasSeries, rows }: ChartFigureTableProps) {
  const m = getMessages(locale).common;
  const p = punctuation(locale);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}${p.colon}${m.tableTab}`}>
      <table className="data" data-chart-table>
        <thead>
          <tr>
            {hasIndicator && <th scope="col">{m.indicator}</th>}
            {hasSeries && <th scope="col">{m.series}</th>}
            <th scope="col">{m.region}</th>
            <th scope="col">{m.year}</th>
            <th scope="col">{m.value}</th>
            <th scope="col">{m.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {hasIndicator && <td>{row.indicator}</td>}
              {hasSeries && <td>{row.series}</td>}
              <td>{row.region}</td>
              <td className="cell-year">{row.year}</td>
              <td className="num">{row.label}</td>
              <td>
                {/* A source without an English title and a stored locator ("第3页") stay Chinese: marked so on an English page. */}
                {row.source.href ? (
                  <Link locale={locale} href={row.source.href} lang={chineseLang(locale, row.source.title)}>{row.source.title}</Link>
                ) : (
                  <span lang={chineseLang(locale, row.source.title)}>{row.source.title}</span>
                )}
                {row.locator && (
                  <span className="chart__locator">
                    {locale === "en" ? <> (<span lang={chineseLang(locale, row.locator)}>{row.locator}</span>)</> : p.paren(row.locator)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChartPlainTable({ locale, title, table }: { locale: Locale; title: string; table: ChartTable }) {
  const m = getMessages(locale).common;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}${punctuation(locale).colon}${m.tableTab}`}>
      <table className="data" data-chart-table>
        <thead>
          <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => <td key={j} className={typeof cell === "number" ? "num" : undefined}>{cell}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
