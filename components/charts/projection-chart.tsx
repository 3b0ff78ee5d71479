// GDP per capita over the years against the stage bands: reported figures and the compound projection.
import { buildProjectionOption, type ReportedPoint } from "@/lib/charts/stage-projection";
import type { ChartFigure } from "@/lib/charts/types";
import type { ProjectionPoint } from "@/lib/domain/projection";
import type { BandSummary } from "@/lib/domain/stage-report";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { ServerChart } from "./server-chart";

type ProjectionChartProps = {
  locale: Locale;
  id: string;
  title: string;
  caption?: string;
  bands: BandSummary[];
  reported: ReportedPoint[];
  projected: ProjectionPoint[];
  crossingYear: number | null;
  names: { reported: string; projected: string };
  /** The drawn figures with their sources (lib/charts/stage-projection.ts projectionFigures): table, CSV and tooltips. */
  figures?: ChartFigure[];
};

export function ProjectionChart({ locale, id, title, caption, bands, reported, projected, crossingYear, names, figures }: ProjectionChartProps) {
  const m = getMessages(locale);
  const rows = [
    ...reported.map((p) => [m.common.yearLabel(p.year), `${p.label}`, names.reported]),
    ...projected.map((p) => [m.common.yearLabel(p.year), formatUsd(p.gdpPerCapitaUsd), names.projected]),
  ];
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={title}
      caption={caption}
      build={(width) =>
        buildProjectionOption({ bands, reported, projected, crossingYear, width, names: { ...names, axis: m.common.usd }, locale })
      }
      height={{ desktop: 340, mobile: 300 }}
      figures={figures}
      table={{ columns: [m.common.year, m.stage.form.gdp, ""], rows }}
    />
  );
}
