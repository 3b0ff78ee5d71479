// The stage answer in words: where the figure stands, the gap to the next stage, and when it is reached.
import type { StageReport } from "@/lib/domain/stage-report";
import { maxProjectionYears } from "@/lib/domain/projection";
import { formatPct, formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";

export function StageAnswer({ report }: { report: StageReport }) {
  const a = getMessages().stage.answer;
  const { projection, next } = report;
  return (
    <div className="answer" data-testid="stage-answer" aria-live="polite">
      <p className="answer__headline">{a.stageIs(formatUsd(report.gdpPerCapitaUsd), report.stage.nameZh)}</p>
      {report.conversion && <p>{a.converted(formatUsd(report.conversion.cny), String(report.conversion.cnyPerUsd))}</p>}
      <p>{next ? a.gap(next.nameZh, formatUsd(next.thresholdUsd), formatUsd(next.gapUsd)) : a.top}</p>
      {projection && next && (
        <p>
          {projection.reachesNextStageIn !== null
            ? a.reaches(projection.reachesNextStageIn, formatPct(projection.nominalGrowthPct))
            : a.notWithin(maxProjectionYears)}
        </p>
      )}
    </div>
  );
}
