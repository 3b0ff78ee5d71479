// The Table tab of a chart: its figures with year, label, unit and source, or the caller's plain table. The
// wrapper is a focusable, labelled region, so a keyboard can reach it and scroll a wide table.
import Link from "@/components/ui/link";
import type { FigureRow } from "@/lib/charts/figure-table";
import { getMessages } from "@/lib/i18n";
import type { ChartTable } from "./server-chart";

type ChartFigureTableProps = { title: string; hasIndicator: boolean; hasSeries: boolean; rows: FigureRow[] };

export function ChartFigureTable({ title, hasIndicator, hasSeries, rows }: ChartFigureTableProps) {
  const m = getMessages().common;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}：${m.tableTab}`}>
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
                {row.source.href ? <Link href={row.source.href}>{row.source.title}</Link> : row.source.title}
                {row.locator && <span className="chart__locator">（{row.locator}）</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChartPlainTable({ title, table }: { title: string; table: ChartTable }) {
  const m = getMessages().common;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}：${m.tableTab}`}>
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
