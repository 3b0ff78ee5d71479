// The five stage bands with one or more GDP-per-capita figures marked.
import { bandFigures, buildStageBandOption, markerValueText, type BandMarker } from "@/lib/charts/stage-bands";
import type { BandSummary } from "@/lib/domain/stage-report";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { ServerChart } from "./server-chart";
import { StageLegend } from "./stage-legend";

type StageBandChartProps = { locale: Locale; id: string; title: string; caption?: string; bands: BandSummary[]; markers: BandMarker[]; desktopWidth?: number };

export function StageBandChart({ locale, id, title, caption, bands, markers, desktopWidth }: StageBandChartProps) {
  const m = getMessages(locale);
  const figures = bandFigures(markers, locale);
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={title}
      caption={caption}
      build={(width) => buildStageBandOption({ bands, markers, width, axisName: m.stage.form.gdp, locale })}
      desktopWidth={desktopWidth}
      height={{ desktop: 200, mobile: 200 }}
      figures={figures.length === markers.length ? figures : undefined}
      table={{
        columns: [m.common.region, m.stage.form.gdp],
        rows: markers.map((marker) => [marker.label, markerValueText(marker, locale)]),
      }}
    >
      <StageLegend locale={locale} bands={bands} marks={{ hasBound: markers.some((marker) => marker.qualifier) }} />
    </ServerChart>
  );
}
