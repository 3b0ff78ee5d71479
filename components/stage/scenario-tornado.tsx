// How far the year of reaching the next stage moves when each assumption moves by a point: a tornado chart.
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import { buildTornadoOption, tornadoData, tornadoFigures, tornadoHeight } from "@/lib/charts/tornado";
import type { Sensitivity } from "@/lib/domain/scenarios";
import { formatPct } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type ScenarioTornadoProps = { locale: Locale; id: string; sensitivity: Sensitivity; baseYear: number };

export function ScenarioTornado({ locale, id, sensitivity, baseYear }: ScenarioTornadoProps) {
  const m = getMessages(locale);
  const s = m.stage.scenarios;
  const step = formatPct(sensitivity.stepPct);
  const data = tornadoData(sensitivity);
  if (data.status === "empty") {
    return <p className="note" data-testid="tornado-empty">{s.noBaseCrossing(sensitivity.horizonYears)}</p>;
  }
  const names = {
    assumptions: s.assumptionNames,
    for: s.forSeries(step),
    against: s.againstSeries(step),
    axis: s.tornadoAxis,
  };
  const rows = data.sensitivity.rows.length;
  return (
    <ServerChart
      locale={locale}
      id={id}
      title={s.tornadoTitle(step, data.sensitivity.baseCrossing)}
      caption={s.tornadoCaption(step)}
      build={(width) => buildTornadoOption({ sensitivity: data.sensitivity, width, names, locale }, baseYear)}
      height={{ desktop: tornadoHeight(rows, names, chartWidths.wide), mobile: tornadoHeight(rows, names, chartWidths.mobile) }}
      desktopWidth={chartWidths.wide}
      table={{ columns: [], rows: [] }}
      figures={tornadoFigures(data.sensitivity, baseYear, {
        names,
        unit: s.yearUnit,
        source: s.source,
        moved: (name, from, to) => s.moved(name, formatPct(from), formatPct(to)),
        locale,
      })}
    />
  );
}
