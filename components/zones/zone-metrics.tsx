// The compared cases' figures metric by metric: a table with the cases as columns in the matrix's order, grouped
// by unit (years last, as text), and a small bar chart for each metric two or more cases report.
import Link from "@/components/ui/link";
import { BarChart } from "@/components/charts/bar-chart";
import { figureLabel, yearText } from "@/lib/charts/chart-figures";
import { zoneMetricBars, zoneMetricFigures, zoneUnitLabel } from "@/lib/charts/zone-metrics";
import { compareZoneMetrics, type ZoneMetricRow } from "@/lib/domain/zone-matrix";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ZoneCaseView, ZoneMetric } from "@/lib/queries/zones";

/** A metric row's name in the page's language (its indicator's English name, from any case that reports it). */
function rowName(locale: Locale, row: ZoneMetricRow<ZoneMetric>): string {
  const reported = row.cells.find((cell) => cell.metric)?.metric;
  return localName(locale, { nameZh: row.labelZh, nameEn: reported?.labelEn });
}

export function ZoneMetrics({ locale, zones }: { locale: Locale; zones: ZoneCaseView[] }) {
  const m = getMessages(locale);
  const z = m.zones;
  const source = m.common.source;
  const c = z.compare;
  const groups = compareZoneMetrics(zones);
  const names = new Map(zones.map((zone) => [zone.slug, localName(locale, zone)]));
  const shared = groups.filter((g) => !g.isDate).flatMap((g) => g.rows.filter((r) => r.reportedBy >= 2));
  if (groups.length === 0) return <p className="note">{c.metricsNone}</p>;
  return (
    <>
      <p className="note">{c.metricsIntro}</p>
      <div className="table-wrap">
        <table className="data matrix" data-testid="zone-metrics">
          <thead>
            <tr>
              <th scope="col">{c.metricsIndicator}</th>
              {zones.map((zone) => <th key={zone.slug} scope="col">{names.get(zone.slug)}</th>)}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.unit} data-unit={group.unit}>
              <tr className="matrix__group">
                <th scope="rowgroup" colSpan={zones.length + 1}>{group.isDate ? c.metricsDates : c.metricsUnit(zoneUnitLabel(group.unit, locale))}</th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.code} data-metric={row.code}>
                  <th scope="row">{rowName(locale, row)}</th>
                  {row.cells.map(({ slug, metric }) => (
                    <td key={slug} className="num" data-reported={metric ? "yes" : "no"}>
                      {metric ? (
                        <>
                          {figureLabel(metric.value, metric.qualifier, metric.unit, locale)}
                          <br />
                          <Link locale={locale} className="note" href={`/sources/${metric.source.slug}#obs-${metric.source.observationId}`}>
                            {/* A date says its own year: the link then names the source instead of repeating it. */}
                            {group.isDate ? source : yearText({ year: metric.year, periodStart: metric.periodStart ?? null, yearBasis: metric.yearBasis ?? "observed" }, locale)}
                          </Link>
                        </>
                      ) : (
                        <span className="note">{z.nothingReported}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {shared.length > 0 ? (
        <>
          <p className="note">{c.metricsChartsLead}</p>
          <div className="grid grid--halves">
            {shared.map((row) => (
              <BarChart
                locale={locale}
                key={row.code}
                id={`metric-${row.code}`}
                title={c.metricsChartTitle(rowName(locale, row))}
                data={zoneMetricBars(row, names, locale)}
                figures={zoneMetricFigures(row, names, locale)}
                options={{ order: "given", unitLabel: zoneUnitLabel(row.unit, locale) }}
              />
            ))}
          </div>
        </>
      ) : (
        <p className="note">{c.metricsNoneShared}</p>
      )}
    </>
  );
}
