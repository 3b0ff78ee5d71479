// One 高新区 / science-city case as a card: what it is known for and what the documents report, by kind.
import Link from "@/components/ui/link";
import { observationLabel } from "@/components/indicators/observation-label";
import { featuresOf, type FeatureCategory } from "@/lib/domain/zone-matrix";
import { getMessages } from "@/lib/i18n";
import type { ZoneCaseView } from "@/lib/queries/zones";
import { sourceName } from "@/lib/domain/citation";

const tagCategories: FeatureCategory[] = ["industry", "institution"];
const listCategories: FeatureCategory[] = ["chain", "mechanism", "practice"];

export function ZoneCard({ zone }: { zone: ZoneCaseView }) {
  const m = getMessages();
  const z = m.zones;
  const missing = <span className="note">{z.nothingReported}</span>;
  const byCategory = (category: FeatureCategory) => featuresOf({ slug: zone.slug, features: zone.features }, category);
  return (
    <article className="panel zone-card" id={zone.slug} data-testid={`zone-${zone.slug}`}>
      <header className="zone-card__head">
        <h2><Link href={`/regions/${zone.region.slug}`}>{zone.nameZh}</Link></h2>
        <span className="badge badge--kind">{z.kinds[zone.kind]}</span>
      </header>
      <p className="note">
        {zone.nameEn}
        {zone.region.parent && <> · <Link href={`/regions/${zone.region.parent.slug}`}>{zone.region.parent.nameZh}</Link></>}
        {zone.established && <> · {z.established(zone.established)}</>}
      </p>
      <p>{zone.summaryZh}</p>

      <dl className="zone-card__facts">
        {tagCategories.map((category) => (
          <div key={category}>
            <dt>{z.sections[category]}</dt>
            <dd>
              {byCategory(category).length > 0
                ? <ul className="tags">{byCategory(category).map((f) => <li key={f.key} title={f.evidenceZh}>{f.labelZh}</li>)}</ul>
                : missing}
            </dd>
          </div>
        ))}
        {listCategories.map((category) => (
          <div key={category}>
            <dt>{z.sections[category]}</dt>
            <dd>
              {byCategory(category).length > 0 ? (
                <ul className="evidence-list">
                  {byCategory(category).map((f) => <li key={f.key}><strong>{f.labelZh}</strong>:{f.evidenceZh}</li>)}
                </ul>
              ) : missing}
            </dd>
          </div>
        ))}
        <div>
          <dt>{z.sections.metrics}</dt>
          <dd>
            {zone.metrics.length > 0 ? (
              <ul className="tags">
                {zone.metrics.map((metric) => (
                  <li key={`${metric.code}-${metric.year}`}>
                    {metric.labelZh} <strong>{observationLabel(metric.value, metric.qualifier, metric.unit)}</strong>
                  </li>
                ))}
              </ul>
            ) : missing}
          </dd>
        </div>
      </dl>
      <p className="note zone-card__source">
        {m.common.source}:<Link href={`/sources/${zone.source.slug}`}>{sourceName(zone.source)}</Link> · {zone.locator}
      </p>
    </article>
  );
}
