// The low, base and high scenario paths against the stage bands, with the stage legend under the chart.
import { StageLegend } from "@/components/charts/stage-legend";
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { buildScenarioOption, scenarioFigures, scenarioPlotTop } from "@/lib/charts/stage-scenarios";
import { maxProjectionYears } from "@/lib/domain/projection";
import type { ScenarioKey, Scenarios } from "@/lib/domain/scenarios";
import type { BandSummary } from "@/lib/domain/stage-report";
import { formatPct, formatUsd } from "@/lib/format";
import { punctuation } from "@/lib/charts/punctuation";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

type ScenarioPathsProps = {
  locale: Locale;
  id: string;
  bands: BandSummary[];
  scenarios: Scenarios;
  next: { nameZh: string; nameEn: string; thresholdUsd: number } | null;
};

export function ScenarioPaths({ locale, id, bands, scenarios, next }: ScenarioPathsProps) {
  const m = getMessages(locale);
  const p = punctuation(locale);
  // "17,000美元", "USD 17,000": the currency where each language writes it.
  const usdAmount = (amount: string) => (locale === "en" ? `${m.common.usd} ${amount}` : `${amount}${m.common.usd}`);
  const s = m.stage.scenarios;
  const a = m.stage.answer;
  const step = formatPct(scenarios.stepPct);
  const legendNames = Object.fromEntries(
    scenarios.scenarios.map((sc) => [sc.key, s.legendName(s.names[sc.key], a.scenarioYear(sc.reachesNextStageIn, maxProjectionYears))]),
  ) as Record<ScenarioKey, string>;
  const base = scenarios.scenarios.find((sc) => sc.key === "base")!;
  const input = {
    locale,
    bands,
    scenarios: scenarios.scenarios,
    thresholdUsd: next?.thresholdUsd ?? null,
    names: {
      scenarios: legendNames,
      threshold: next ? s.threshold(localName(locale, next), usdAmount(formatUsd(next.thresholdUsd))) : "",
      input: `${s.input}${p.paren(m.common.yearLabel(scenarios.baseYear))}`,
      crossing: s.crossing,
      axis: s.unit,
    },
  };
  const locators = Object.fromEntries(
    scenarios.scenarios.map((sc) => [sc.key, `${s.names[sc.key]}${p.colon}${m.stage.answer.nominalBasis(formatPct(sc.assumptions.realGrowthPct), [
      a.deflatorPart(formatPct(sc.assumptions.deflatorPct)),
      a.fxPart(sc.assumptions.cnyVsUsdPct, formatPct(Math.abs(sc.assumptions.cnyVsUsdPct))),
      a.populationPart(formatPct(sc.assumptions.populationPct)),
    ], formatPct(sc.nominalGrowthPct))}`]),
  ) as Record<ScenarioKey, string>;
  const height = (width: number, plot: number) => scenarioPlotTop({ ...input, width }) + plot;
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={s.chartTitle(scenarios.baseYear, formatUsd(base.path[0]!.gdpPerCapitaUsd))}
      caption={s.caption(step)}
      build={(width) => buildScenarioOption({ ...input, width })}
      height={{ desktop: height(chartWidths.full, 300), mobile: height(chartWidths.mobile, 240) }}
      table={{ columns: [], rows: [] }}
      figures={scenarioFigures(scenarios.scenarios, { names: legendNames, region: m.stage.yourFigure, unit: s.unit, source: s.source, locators })}
    >
      <StageLegend locale={locale} bands={bands} />
    </ServerChart>
  );
}
