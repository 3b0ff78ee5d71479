// A province's place in the 科产融合 index on its profile: rank of all ranked, 5–95 % rank interval, group,
// score and pillar scores, strongest and weakest indicators, and a link to the full ranking and method.
import Link from "@/components/ui/link";
import { scoreText } from "@/lib/charts/index-pillar-table";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";
import type { RegionIndexView } from "@/lib/queries/region-index";
import styles from "./region-index-panel.module.css";

const groups = new Map(Object.entries(indexPageMessages.groupNames));

export function RegionIndexPanel({ view }: { view: RegionIndexView }) {
  const m = indexPageMessages.regionPanel;
  const href = `/index?${new URLSearchParams({ spec: view.spec, year: String(view.year) })}`;
  if (view.status === "excluded") {
    return (
      <p className="note section" data-testid="region-index-excluded">
        {m.title}：{m.excluded(view.year)} <Link href={href}>{m.open}</Link>
      </p>
    );
  }
  const { region } = view;
  const group = region.group !== null ? groups.get(region.group) : undefined;
  const list = (items: { label: string; rank: number; of: number }[]) =>
    items.map((s) => `${s.label} ${indexPageMessages.strengths.rankOf(s.rank, s.of)}`).join("、");
  return (
    <section className="section panel" aria-labelledby="region-index-title" data-testid="region-index">
      <h2 id="region-index-title">{m.title}</h2>
      <p className={styles.rank}>
        <strong>{m.rank(region.rank, view.of, view.year)}</strong>
        <span>{m.score(scoreText(region.score))}</span>
        {group && <span>{m.group(group)}</span>}
      </p>
      {region.rankInterval && <p className="note">{m.interval(region.rankInterval[0], region.rankInterval[1], region.medianRank)}</p>}
      <dl className={styles.pillars} aria-label={m.pillars}>
        {view.pillars.map((p) => (
          <div key={p.key}>
            <dt>{p.label}</dt>
            <dd>{scoreText(p.score)}</dd>
          </div>
        ))}
      </dl>
      {view.strengths.length > 0 && <p className="note">{m.strengths}：{list(view.strengths)}</p>}
      {view.weaknesses.length > 0 && <p className="note">{m.weaknesses}：{list(view.weaknesses)}</p>}
      <p className="note">{view.title} · <Link href={href}>{m.open}</Link></p>
    </section>
  );
}
