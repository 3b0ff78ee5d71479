// The one chart of a region's brief (lib/report/region-report.ts picks which), drawn at the "wide" width: the
// brief's sheet is about that wide on screen and on an A4 column, so the 11 px chart text stays 11 px on screen
// and about 8 pt on paper.
import { chartWidths } from "@/components/charts/server-chart";
import { YearSeriesChart } from "@/components/charts/series-charts";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { dollarChartFigure } from "@/components/regions/region-stage-panel";
import { fromObservation } from "@/lib/charts/chart-figures";
import { summarizeBand } from "@/lib/domain/stage-report";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { unitLabel } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ReportChart as ReportChartData } from "@/lib/report/region-report";
import { RefMarks } from "./report-sections";
import styles from "./report.module.css";

type ReportChartProps = {
  regionName: string;
  chart: ReportChartData;
  refs: number[];
  /** The brief's sources named in the page's language, by slug. */
  sourceNames: ReadonlyMap<string, string>;
  locale: Locale;
};

function Chart({ regionName, chart, sourceNames, locale }: Omit<ReportChartProps, "refs">) {
  const r = getMessages(locale).report;
  switch (chart.kind) {
    case "band": {
      const markers = chart.figures.map((f) => ({ label: `${regionName} ${f.year}`, gdpPerCapitaUsd: f.gdpPerCapitaUsd, qualifier: f.qualifier, figure: dollarChartFigure(f, regionName, sourceNames, locale) }));
      return (
        <StageBandChart locale={locale} id="report-band" title={r.chartTitles.band(regionName)} bands={gcr2014.bands.map(summarizeBand)} markers={markers} desktopWidth={chartWidths.wide} />
      );
    }
    case "series": {
      const indicator = chart.observations[0]!.indicator;
      return (
        <YearSeriesChart
          locale={locale}
          id={`report-${indicator.code}`}
          title={r.chartTitles.series(regionName, localName(locale, indicator))}
          unitLabel={unitLabel(indicator.unit, locale)}
          desktopWidth={chartWidths.wide}
          lines={[{ name: regionName, figures: chart.observations.map((o) => fromObservation(o, locale, regionName)) }]}
        />
      );
    }
    case "none":
      return <p className="note">{r.noChart}</p>;
  }
}

export function ReportChart({ regionName, chart, refs, sourceNames, locale }: ReportChartProps) {
  return (
    <div className={styles.section}>
      <Chart regionName={regionName} chart={chart} sourceNames={sourceNames} locale={locale} />
      {refs.length > 0 && <p className="note">{getMessages(locale).report.chartSources}<RefMarks refs={refs} /></p>}
    </div>
  );
}
