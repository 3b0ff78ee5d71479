// The three GCR subindex weights at a GDP per capita, as bars.
import type { StageReport } from "@/lib/domain/stage-report";
import { formatPct } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

export function WeightsBars({ locale, weights }: { locale: Locale; weights: StageReport["weights"] }) {
  const s = getMessages(locale).stage;
  const rows = [
    { key: "basic", label: s.weightsBasic, value: weights.basic },
    { key: "efficiency", label: s.weightsEfficiency, value: weights.efficiency },
    { key: "innovation", label: s.weightsInnovation, value: weights.innovation },
  ];
  return (
    <div className="weights" data-testid="weights">
      {rows.map((row) => (
        <div className="weights__row" key={row.key}>
          <span>{row.label}</span>
          <span className="weights__bar" aria-hidden><span style={{ width: `${row.value}%` }} /></span>
          <span className="weights__value">{formatPct(row.value)}%</span>
        </div>
      ))}
      {weights.interpolated && <p className="note">{s.weightsInterpolated}</p>}
    </div>
  );
}
