// The one chart of a region's brief (lib/report/region-report.ts picks which), drawn at the "wide" width: the
// brief's sheet is about that wide on screen and on an A4 column, so the 11 px chart text stays 11 px on screen
// and about 8 pt on paper.
import { chartWidths } from "@/components/charts/server-chart";
import { YearSeriesChart } from "@/components/charts/series-charts";
import { StageBandChart } from "@/components/charts/stage-band-chart";
import { fromDollarFigure, fromObservation } from "@/lib/charts/chart-figures";
import { summarizeBand } from "@/lib/domain/stage-report";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { unitLabelZh } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import type { ReportChart as ReportChartData } from "@/lib/report/region-report";
import { RefMarks } from "./report-sections";
import styles from "./report.module.css";

type ReportChartProps = { regionName: string; chart: ReportChartData; refs: number[] };

function Chart({ regionName, chart }: Omit<ReportChartProps, "refs">) {
  const r = getMessages().report;
  switch (chart.kind) {
    case "band": {
      const markers = chart.figures.map((f) => ({ label: `${regionName} ${f.year}`, gdpPerCapitaUsd: f.gdpPerCapitaUsd, qualifier: f.qualifier, figure: fromDollarFigure(f, regionName) }));
      return (
        <StageBandChart id="report-band" title={r.chartTitles.band(regionName)} bands={gcr2014.bands.map(summarizeBand)} markers={markers} desktopWidth={chartWidths.wide} />
      );
    }
    case "series": {
      const indicator = chart.observations[0]!.indicator;
      return (
        <YearSeriesChart
          id={`report-${indicator.code}`}
          title={r.chartTitles.series(regionName, indicator.nameZh)}
          unitLabel={unitLabelZh(indicator.unit)}
          desktopWidth={chartWidths.wide}
          lines={[{ name: regionName, figures: chart.observations.map((o) => fromObservation(o, regionName)) }]}
        />
      );
    }
    case "none":
      return <p className="note">{r.noChart}</p>;
  }
}

export function ReportChart({ regionName, chart, refs }: ReportChartProps) {
  return (
    <div className={styles.section}>
      <Chart regionName={regionName} chart={chart} />
      {refs.length > 0 && <p className="note">{getMessages().report.chartSources}<RefMarks refs={refs} /></p>}
    </div>
  );
}
