// A province's place in the 科产融合 index on its profile: rank of all ranked, 5–95 % rank interval, group,
// score and pillar scores, strongest and weakest indicators, and a link to the full ranking and method.
import Link from "@/components/ui/link";
import { scoreText } from "@/lib/charts/index-pillar-table";
import { punctuation } from "@/lib/charts/punctuation";
import type { Locale } from "@/lib/i18n/locales";
import { indexPageText } from "@/lib/index/messages";
import { specLabel, specTitle, storedLang } from "@/lib/index/stored-text";
import type { RegionIndexView } from "@/lib/queries/region-index";
import styles from "./region-index-panel.module.css";

/**
 * Labels and titles come from the index spec: in English where it gives them (the built-in spec does) on an
 * English page, else as its author wrote them, marked as Chinese when they are.
 */
export function RegionIndexPanel({ view, locale }: { view: RegionIndexView; locale: Locale }) {
  const text = indexPageText(locale);
  const m = text.regionPanel;
  const p = punctuation(locale);
  const href = `/index?${new URLSearchParams({ spec: view.spec, year: String(view.year) })}`;
  if (view.status === "excluded") {
    return (
      <p className="note section" data-testid="region-index-excluded">
        {m.title}{p.colon}{m.excluded(view.year)} <Link locale={locale} href={href}>{m.open}</Link>
      </p>
    );
  }
  const { region } = view;
  const groups = new Map(Object.entries(text.groupNames));
  const group = region.group !== null ? groups.get(region.group) : undefined;
  const list = (items: { label: string; labelEn?: string; rank: number; of: number }[]) =>
    items.map((s, i) => {
      const label = specLabel(locale, s);
      return (
        <span key={`${s.label}-${i}`}>
          {i > 0 && p.list}<span lang={storedLang(locale, label)}>{label}</span> {text.strengths.rankOf(s.rank, s.of)}
        </span>
      );
    });
  const title = specTitle(locale, view);
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
        {view.pillars.map((pillar) => {
          const label = specLabel(locale, pillar);
          return (
            <div key={pillar.key}>
              <dt lang={storedLang(locale, label)}>{label}</dt>
              <dd>{scoreText(pillar.score)}</dd>
            </div>
          );
        })}
      </dl>
      {view.strengths.length > 0 && <p className="note">{m.strengths}{p.colon}{list(view.strengths)}</p>}
      {view.weaknesses.length > 0 && <p className="note">{m.weaknesses}{p.colon}{list(view.weaknesses)}</p>}
      <p className="note"><span lang={storedLang(locale, title)}>{title}</span> · <Link locale={locale} href={href}>{m.open}</Link></p>
    </section>
  );
}
