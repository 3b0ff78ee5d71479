// The low, base and high scenario paths against the stage bands, with the stage legend under the chart.
import { StageLegend } from "@/components/charts/stage-legend";
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { buildScenarioOption, scenarioFigures, scenarioPlotTop } from "@/lib/charts/stage-scenarios";
import { maxProjectionYears } from "@/lib/domain/projection";
import type { ScenarioKey, Scenarios } from "@/lib/domain/scenarios";
import type { BandSummary } from "@/lib/domain/stage-report";
import { formatPct, formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";

type ScenarioPathsProps = { id: string; bands: BandSummary[]; scenarios: Scenarios; next: { nameZh: string; thresholdUsd: number } | null };

export function ScenarioPaths({ id, bands, scenarios, next }: ScenarioPathsProps) {
  const m = getMessages();
  const s = m.stage.scenarios;
  const a = m.stage.answer;
  const step = formatPct(scenarios.stepPct);
  const legendNames = Object.fromEntries(
    scenarios.scenarios.map((sc) => [sc.key, s.legendName(s.names[sc.key], a.scenarioYear(sc.reachesNextStageIn, maxProjectionYears))]),
  ) as Record<ScenarioKey, string>;
  const base = scenarios.scenarios.find((sc) => sc.key === "base")!;
  const input = {
    bands,
    scenarios: scenarios.scenarios,
    thresholdUsd: next?.thresholdUsd ?? null,
    names: {
      scenarios: legendNames,
      threshold: next ? s.threshold(next.nameZh, `${formatUsd(next.thresholdUsd)}${m.common.usd}`) : "",
      input: `${s.input}（${m.common.yearLabel(scenarios.baseYear)}）`,
      crossing: s.crossing,
      axis: s.unit,
    },
  };
  const locators = Object.fromEntries(
    scenarios.scenarios.map((sc) => [sc.key, `${s.names[sc.key]}：${m.stage.answer.nominalBasis(formatPct(sc.assumptions.realGrowthPct), [
      a.deflatorPart(formatPct(sc.assumptions.deflatorPct)),
      a.fxPart(sc.assumptions.cnyVsUsdPct, formatPct(Math.abs(sc.assumptions.cnyVsUsdPct))),
      a.populationPart(formatPct(sc.assumptions.populationPct)),
    ], formatPct(sc.nominalGrowthPct))}`]),
  ) as Record<ScenarioKey, string>;
  const height = (width: number, plot: number) => scenarioPlotTop({ ...input, width }) + plot;
  return (
    <ServerChart
      id={id}
      title={s.chartTitle(scenarios.baseYear, formatUsd(base.path[0]!.gdpPerCapitaUsd))}
      caption={s.caption(step)}
      build={(width) => buildScenarioOption({ ...input, width })}
      height={{ desktop: height(chartWidths.full, 300), mobile: height(chartWidths.mobile, 240) }}
      table={{ columns: [], rows: [] }}
      figures={scenarioFigures(scenarios.scenarios, { names: legendNames, region: m.stage.yourFigure, unit: s.unit, source: s.source, locators })}
    >
      <StageLegend bands={bands} />
    </ServerChart>
  );
}
