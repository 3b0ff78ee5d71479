// Each region's path through the bands: the first year in the data at or above each threshold, its latest
// figure, and when it reaches the next band at the growth rate chosen.
import Link from "@/components/ui/link";
import type { RegionTimeline } from "@/lib/domain/regional-stages";
import type { StageScheme } from "@/lib/domain/stage-scheme";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

export function StageTimelineTable({ locale, scheme, timelines }: { locale: Locale; scheme: StageScheme; timelines: RegionTimeline[] }) {
  const m = getMessages(locale).stages;
  const thresholds = scheme.bands.flatMap((b) => (b.maxUsd !== null ? [b.maxUsd] : []));
  return (
    <div className="table-wrap">
      <table className="data data--stack" data-testid="stage-timeline">
        <thead>
          <tr>
            <th scope="col">{m.timelineColumns.region}</th>
            <th scope="col">{m.timelineColumns.firstYear}</th>
            {thresholds.map((t) => <th key={t} scope="col">{m.timelineColumns.crossed(formatUsd(t))}</th>)}
            <th scope="col">{m.timelineColumns.latest}</th>
            <th scope="col">{m.timelineColumns.next}</th>
          </tr>
        </thead>
        <tbody>
          {timelines.map((t) => (
            <tr key={t.region.slug}>
              <td className="stack-lead"><strong><Link locale={locale} href={`/regions/${t.region.slug}`}>{localName(locale, t.region)}</Link></strong></td>
              <td data-label={m.timelineColumns.firstYear}>{t.first.year}</td>
              {thresholds.map((threshold) => {
                const c = t.crossings.find((x) => x.thresholdUsd === threshold);
                return <td key={threshold} data-label={m.timelineColumns.crossed(formatUsd(threshold))}>{c ? m.crossedIn(c.year, c.previousYear) : m.notCrossed}</td>;
              })}
              <td data-label={m.timelineColumns.latest}>
                {m.latest(t.latest.year, `${t.latest.qualifier ?? ""}${formatUsd(t.latest.gdpPerCapitaUsd)}`, localName(locale, t.latest.stage))}
              </td>
              <td data-label={m.timelineColumns.next}>{t.next ? m.nextIn(localName(locale, t.next.stage), t.next.year) : m.topStage}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
