// The ranking: score bars and rank intervals per province (lib/charts/index-ranking.ts), its table giving
// rank, score, group against the national average and the 5–95 % interval; the regions left out below.
import { chartWidths, ServerChart } from "@/components/charts/server-chart";
import type { IndexDto } from "@/lib/api/composite-index";
import { buildIndexRankingOption, groupColours, indexRankingHeight, type IndexRankingRow } from "@/lib/charts/index-ranking";
import { scoreText } from "@/lib/charts/index-pillar-table";
import type { PerformanceGroup } from "@/lib/index/groups";
import { indexPageText } from "@/lib/index/messages";
import type { Locale } from "@/lib/i18n/locales";

const performanceGroups: readonly string[] = ["leader", "strong", "moderate", "emerging"] satisfies PerformanceGroup[];
const isGroup = (group: string | null): group is PerformanceGroup => group !== null && performanceGroups.includes(group);

type IndexRankingChartProps = {
  locale: Locale;
  dto: IndexDto;
  indicatorCount: number;
  sources: string[];
  /** Region slug → its name in the page's language. */
  regionNames: ReadonlyMap<string, string>;
};

export function IndexRankingChart({ locale, dto, indicatorCount, sources, regionNames }: IndexRankingChartProps) {
  const text = indexPageText(locale);
  const m = text.ranking;
  const groups = new Map(Object.entries(text.groupNames)) as Map<string, string>;
  const name = (slug: string, fallback: string) => regionNames.get(slug) ?? fallback;
  const rows: IndexRankingRow[] = dto.regions.map((r) => ({
    label: name(r.slug, r.nameZh),
    score: r.score,
    rank: r.rank,
    group: isGroup(r.group) ? r.group : null,
    medianRank: r.medianRank,
    interval: r.rankInterval,
  }));
  const height = indexRankingHeight(rows.length);
  const labels = { score: m.score, rank: m.rank, nominal: m.nominal, median: m.median, interval: m.interval };
  return (
    <>
      <ServerChart
        locale={locale}
        id="index-ranking"
        title={m.title(dto.year, dto.regions.length)}
        caption={m.caption(dto.uncertainty.runs)}
        build={(width) => buildIndexRankingOption(rows, width, labels)}
        desktopWidth={chartWidths.full}
        height={{ desktop: height, mobile: height }}
        subtitle={m.subtitle(dto.year)}
        sources={sources}
        table={{
          columns: [m.columns.rank, m.columns.region, m.columns.score, m.columns.group, m.columns.percent, m.columns.median, m.columns.interval],
          rows: dto.regions.map((r) => [
            r.rank,
            name(r.slug, r.nameZh),
            scoreText(r.score),
            (r.group !== null ? groups.get(r.group) : undefined) ?? m.none,
            r.percentOfNational === null ? m.none : r.percentOfNational.toFixed(0),
            r.medianRank ?? m.none,
            r.rankInterval ? m.intervalText(r.rankInterval[0], r.rankInterval[1]) : m.none,
          ]),
        }}
      />
      <ul className="legend" aria-label={m.columns.group}>
        {[...groups].map(([group, name]) => (
          <li key={group}>
            <span className="legend__swatch" style={{ background: isGroup(group) ? groupColours[group] : undefined }} aria-hidden />
            {name}
          </li>
        ))}
      </ul>
      <p className="note">{m.groupNote}</p>
      {dto.uncertainty.note && <p className="note">{m.noUncertainty(dto.uncertainty.note)}</p>}
      {dto.excluded.length > 0 && (
        <div className="index-excluded">
          <h3>{m.excludedTitle}</h3>
          <ul className="plain-list" data-testid="index-excluded">
            {dto.excluded.map((e) => (
              <li key={e.slug}>{m.excluded(name(e.slug, e.nameZh), indicatorCount - e.missing.length, indicatorCount)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
