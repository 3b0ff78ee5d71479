// A chart rendered on the server as SVG (desktop and phone sizes), with its data as a table fallback.
import { renderChartSvg } from "@/lib/charts/render-svg";
import type { EChartsOption } from "echarts";
import { getMessages } from "@/lib/i18n";
import { ChartDownloads } from "./chart-downloads";

export type ChartTable = { columns: string[]; rows: (string | number)[][] };

type ServerChartProps = {
  id: string;
  title: string;
  caption?: string;
  /** Builds the option for a given width; called once for desktop and once for phones. */
  build: (width: number) => EChartsOption;
  height: { desktop: number; mobile: number };
  /** Width the desktop SVG is drawn at: close to the width it is shown at, so its text stays legible. */
  desktopWidth?: number;
  table: ChartTable;
  children?: React.ReactNode;
};

export const chartWidths = { full: 1100, wide: 660, mobile: 360 } as const;

export function ServerChart({ id, title, caption, build, height, desktopWidth = chartWidths.full, table, children }: ServerChartProps) {
  const m = getMessages();
  const desktop = renderChartSvg(build(desktopWidth), { width: desktopWidth, height: height.desktop });
  const mobile = renderChartSvg(build(chartWidths.mobile), { width: chartWidths.mobile, height: height.mobile });
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <h3 className="chart__title" id={`${id}-title`}>{title}</h3>
      {caption && <p className="chart__caption">{caption}</p>}
      <div role="img" aria-label={title}>
        {/* Never wider than drawn: an upscaled SVG would blow its text up past the page type. */}
        <div className="chart__canvas chart__canvas--desktop" style={{ maxWidth: desktopWidth }} dangerouslySetInnerHTML={{ __html: desktop }} />
        <div className="chart__canvas chart__canvas--mobile" dangerouslySetInnerHTML={{ __html: mobile }} />
      </div>
      {children}
      <ChartDownloads fileName={`kechan-${id}`} labels={{ data: m.common.downloadData, svg: m.common.saveSvg, png: m.common.savePng }} />
      <details>
        <summary>{m.common.dataTable}</summary>
        <div className="table-wrap">
          <table className="data">
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
      </details>
    </figure>
  );
}
