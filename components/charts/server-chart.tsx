// A chart rendered on the server as SVG (desktop and phone sizes) in a Chart | Table tab pair, with downloads
// that carry its attribution and a citation. Interaction (tabs, downloads, copy, tooltips) is plain script
// (lib/client), so it works on the overview too, which ships no React runtime.
import { renderChartSvg } from "@/lib/charts/render-svg";
import type { EChartsOption } from "echarts";
import { figureCsv, figureRows, figureSources, figureSubtitle, sourcesLine, tooltipFigures } from "@/lib/charts/figure-table";
import type { ChartFigure } from "@/lib/charts/types";
import { chartCitation } from "@/lib/domain/chart-citation";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { ChartDownloads } from "./chart-downloads";
import { ChartFigureTable, ChartPlainTable } from "./chart-table";

export type ChartTable = { columns: string[]; rows: (string | number)[][] };

type ServerChartProps = {
  /** The page's language: the frame's tabs, table, downloads and citation are written in it. */
  locale: Locale;
  id: string;
  title: string;
  caption?: string;
  /** Builds the option for a given width; called once for desktop and once for phones. */
  build: (width: number) => EChartsOption;
  height: { desktop: number; mobile: number };
  /** Width the desktop SVG is drawn at: close to the width it is shown at, so its text stays legible. */
  desktopWidth?: number;
  /** The table shown when no `figures` are given. */
  table: ChartTable;
  /** The figures drawn, each with its year, unit, qualifier and source: they feed the Table tab, the CSV and the tooltips. */
  figures?: ChartFigure[];
  /** Units and years for exports and the citation; derived from `figures` when not given. */
  subtitle?: string;
  /** Source titles for exports and the citation; derived from `figures` when not given. */
  sources?: string[];
  children?: React.ReactNode;
};

/** Phones show the mobile SVG in a column about 358 px wide (390 px screen): drawn narrower, it is never scaled down. */
export const chartWidths = { full: 1100, wide: 660, mobile: 340 } as const;

/** JSON for a data block inside HTML: "<" escaped so no "</script>" in a title can close it. */
const dataBlock = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function ServerChart({ locale, id, title, caption, build, height, desktopWidth = chartWidths.full, table, figures, subtitle, sources, children }: ServerChartProps) {
  const m = getMessages(locale);
  const desktop = renderChartSvg(build(desktopWidth), { width: desktopWidth, height: height.desktop });
  const mobile = renderChartSvg(build(chartWidths.mobile), { width: chartWidths.mobile, height: height.mobile });
  const hasFigures = figures !== undefined && figures.length > 0;
  const exportSubtitle = subtitle ?? (hasFigures ? figureSubtitle(figures, locale) : "");
  const sourceTitles = sources ?? (hasFigures ? figureSources(figures).map((s) => s.title) : []);
  const tips = hasFigures ? tooltipFigures(figures, locale) : [];
  const data = { title, subtitle: exportSubtitle, sources: sourceTitles, sourceLine: sourcesLine(sourceTitles, locale), csv: hasFigures ? figureCsv(figures, locale) : null, tips };
  const ids = {
    title: `${id}-title`, caption: `${id}-caption`, tableNote: `${id}-table-note`,
    tabChart: `${id}-tab-chart`, tabTable: `${id}-tab-table`, chart: `${id}-panel-chart`, table: `${id}-panel-table`, hint: `${id}-hint`,
  };
  // Named by its title and described by its caption, units and years; the drawing is one image to a screen
  // reader (its axis text hidden), and the Table tab holds every figure as the readable alternative.
  const describedBy = [caption ? ids.caption : null, ids.tableNote].filter(Boolean).join(" ");
  return (
    <figure className="chart" id={`chart-${id}`} aria-labelledby={ids.title} aria-describedby={describedBy} data-testid={`chart-${id}`} data-chart>
      <h3 className="chart__title" id={ids.title}>{title}</h3>
      {caption && <p className="chart__caption" id={ids.caption}>{caption}</p>}
      <p className="visually-hidden" id={ids.tableNote}>{m.common.chartTableNote(exportSubtitle)}</p>
      {/* WAI-ARIA tabs, run by lib/client/chart-downloads.ts; without scripting the tab list is hidden and both panels show (globals.css). */}
      <div className="chart__tabs" role="tablist" aria-label={m.common.chartTabs}>
        <button type="button" role="tab" id={ids.tabChart} aria-controls={ids.chart} aria-selected="true" tabIndex={0}>{m.common.chartTab}</button>
        <button type="button" role="tab" id={ids.tabTable} aria-controls={ids.table} aria-selected="false" tabIndex={-1}>{m.common.tableTab}</button>
      </div>
      <div className="chart__panel" role="tabpanel" id={ids.chart} aria-labelledby={ids.tabChart} data-chart-panel="chart">
        {/* Focusable always: with figures, arrow keys step through them; on phones it scrolls sideways (globals.css). */}
        <div
          className="chart__drawing"
          role="img"
          aria-label={title}
          tabIndex={0}
          aria-describedby={tips.length > 0 ? `${ids.hint} ${ids.tableNote}` : ids.tableNote}
          data-chart-tips={tips.length > 0 ? "" : undefined}
        >
          {/* Never wider than drawn: an upscaled SVG would blow its text up past the page type. The SVGs are
              hidden from screen readers, which would otherwise read out stray axis numbers. */}
          <div className="chart__canvas chart__canvas--desktop" aria-hidden="true" style={{ maxWidth: desktopWidth }} dangerouslySetInnerHTML={{ __html: desktop }} />
          <div className="chart__canvas chart__canvas--mobile" aria-hidden="true" dangerouslySetInnerHTML={{ __html: mobile }} />
        </div>
        {tips.length > 0 && <p className="visually-hidden" id={ids.hint}>{m.common.chartKeysHint}</p>}
      </div>
      <div className="chart__panel" role="tabpanel" id={ids.table} aria-labelledby={ids.tabTable} data-chart-panel="table" data-inactive="">
        {hasFigures ? <ChartFigureTable locale={locale} title={title} {...figureRows(figures, locale)} /> : <ChartPlainTable locale={locale} title={title} table={table} />}
      </div>
      {children}
      {/* English downloads are named apart from the Chinese ones: their headers, units and labels differ. */}
      <ChartDownloads
        locale={locale}
        fileName={locale === "en" ? `kechan-${id}-en` : `kechan-${id}`}
        citation={chartCitation({ title, subtitle: exportSubtitle, sources: sourceTitles, url: "", accessed: new Date(), locale })}
      />
      <script type="application/json" data-chart-data dangerouslySetInnerHTML={{ __html: dataBlock(data) }} />
    </figure>
  );
}
