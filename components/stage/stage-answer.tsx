// The stage answer in words: where the figure stands, the gap to the next stage, when it is reached and on what
// growth (real, or nominal dollars once price, exchange-rate or population assumptions are used).
import type { Scenarios } from "@/lib/domain/scenarios";
import { maxProjectionYears } from "@/lib/domain/projection";
import { growthBasis, type StageReport } from "@/lib/domain/stage-report";
import { formatPct, formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

/** The growth the projection runs on, in words. */
export function growthBasisText(projection: NonNullable<StageReport["projection"]>, locale: Locale): string {
  const a = getMessages(locale).stage.answer;
  if (growthBasis(projection) === "real") return a.realBasis(formatPct(projection.growthPct));
  const parts = [
    projection.deflatorPct !== 0 ? a.deflatorPart(formatPct(projection.deflatorPct)) : null,
    projection.cnyVsUsdPct !== 0 ? a.fxPart(projection.cnyVsUsdPct, formatPct(Math.abs(projection.cnyVsUsdPct))) : null,
    projection.populationPct !== 0 ? a.populationPart(formatPct(projection.populationPct)) : null,
  ].filter((part): part is string => part !== null);
  return a.nominalBasis(formatPct(projection.growthPct), parts, formatPct(projection.nominalGrowthPct));
}

export function StageAnswer({ locale, report, scenarios }: { locale: Locale; report: StageReport; scenarios: Scenarios | null }) {
  const a = getMessages(locale).stage.answer;
  const { projection, next } = report;
  const low = scenarios?.scenarios.find((s) => s.key === "low");
  const high = scenarios?.scenarios.find((s) => s.key === "high");
  return (
    <div className="answer" data-testid="stage-answer" aria-live="polite">
      <p className="answer__headline">{a.stageIs(formatUsd(report.gdpPerCapitaUsd), localName(locale, report.stage))}</p>
      {report.conversion && <p>{a.converted(formatUsd(report.conversion.cny), String(report.conversion.cnyPerUsd))}</p>}
      <p>{next ? a.gap(localName(locale, next), formatUsd(next.thresholdUsd), formatUsd(next.gapUsd)) : a.top}</p>
      {projection && next && (
        <p data-testid="stage-answer-projection">
          {projection.reachesNextStageIn !== null
            ? a.reaches(growthBasisText(projection, locale), projection.reachesNextStageIn, localName(locale, next))
            : a.notWithin(growthBasisText(projection, locale), maxProjectionYears)}
          {scenarios && low && high && (
            <> {a.scenarios(formatPct(scenarios.stepPct), a.scenarioYear(low.reachesNextStageIn, maxProjectionYears), a.scenarioYear(high.reachesNextStageIn, maxProjectionYears))}</>
          )}
        </p>
      )}
    </div>
  );
}
