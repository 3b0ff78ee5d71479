// The year's provinces ranked by GDP per capita in dollars, bars in stage colours, thresholds and the
// national figure marked; its table gives each figure's basis (as given, or yuan ÷ rate) and source.
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { fromDollarFigure } from "@/lib/charts/chart-figures";
import { markerValueText } from "@/lib/charts/stage-bands";
import { buildStageRankingOption, rankingFigures, rankingRowHeight } from "@/lib/charts/stage-ranking";
import type { RegionDollarFigure } from "@/lib/domain/regional-stages";
import type { StageScheme } from "@/lib/domain/stage-scheme";
import { formatNumber, formatRate } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

type StageRankingChartProps = { locale: Locale; scheme: StageScheme; year: number; ranked: RegionDollarFigure[]; national: RegionDollarFigure | null };

export function basisText(f: RegionDollarFigure, locale: Locale): string {
  const m = getMessages(locale).stages;
  return f.derivedFrom ? m.derived(formatNumber(f.derivedFrom.cny), formatRate(f.derivedFrom.cnyPerUsd)) : m.given;
}

export function StageRankingChart({ locale, scheme, year, ranked, national }: StageRankingChartProps) {
  const m = getMessages(locale).stages;
  const thresholds = scheme.bands.flatMap((b) => (b.maxUsd !== null ? [b.maxUsd] : []));
  const toBar = (f: RegionDollarFigure) => ({
    label: localName(locale, f.region),
    usd: f.gdpPerCapitaUsd,
    stageOrder: f.stage.order,
    qualifier: f.qualifier,
    figure: fromDollarFigure(f, locale),
  });
  const bars = ranked.map(toBar);
  const nationalBar = national ? toBar(national) : null;
  const rows = [...(national ? [national] : []), ...ranked];
  const height = (ranked.length + (national ? 1 : 0)) * rankingRowHeight + 80;
  return (
    <ServerChart
      locale={locale}
      id="stage-ranking"
      title={m.rankingTitle(year)}
      caption={national ? `${m.rankingCaption}${locale === "en" ? " " : ""}${m.rankingNationalCaption}` : m.rankingCaption}
      build={(width) => buildStageRankingOption({ bars, thresholds, national: nationalBar, width, axisName: m.axisUsd, locale })}
      desktopWidth={chartWidths.wide}
      height={{ desktop: height, mobile: height }}
      figures={rankingFigures(bars, nationalBar, locale)}
      table={{
        columns: [m.columns.region, m.columns.usd, m.columns.stage, m.columns.basis, m.columns.source],
        rows: rows.map((f) => [
          localName(locale, f.region),
          markerValueText({ gdpPerCapitaUsd: f.gdpPerCapitaUsd, qualifier: f.qualifier }, locale),
          localName(locale, f.stage),
          basisText(f, locale),
          f.derivedFrom ? m.rateSource(f.derivedFrom.cnySource, f.derivedFrom.rateSource) : f.source,
        ]),
      }}
    />
  );
}
