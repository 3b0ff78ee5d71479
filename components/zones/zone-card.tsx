// One 高新区 / science-city case as a card: what it is known for and what the documents report, by kind.
// English pages name the case, its region, its features and its figures in English; the summary and the evidence
// are the documents' Chinese, marked as such.
import Link from "@/components/ui/link";
import { observationLabel } from "@/components/indicators/observation-label";
import { punctuation } from "@/lib/charts/punctuation";
import { sourceName, sourceNameLang } from "@/lib/domain/citation";
import { featuresOf, type FeatureCategory, type FeatureEvidence } from "@/lib/domain/zone-matrix";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName, nameLang } from "@/lib/i18n/names";
import type { ZoneCaseView } from "@/lib/queries/zones";

const tagCategories: FeatureCategory[] = ["industry", "institution"];
const listCategories: FeatureCategory[] = ["chain", "mechanism", "practice"];

/** A feature's label in the page's language, with its `lang` when it stays Chinese. */
export function featureLabel(locale: Locale, f: Pick<FeatureEvidence, "labelZh" | "labelEn">) {
  const thing = { nameZh: f.labelZh, nameEn: f.labelEn };
  return { text: localName(locale, thing), lang: nameLang(locale, thing) };
}

/** The `lang` an element needs when its text is not in the page's language. */
export const langAttr = (page: Locale, text: Locale) => (text === page ? undefined : text);

export function ZoneCard({ locale, zone }: { locale: Locale; zone: ZoneCaseView }) {
  const m = getMessages(locale);
  const z = m.zones;
  const p = punctuation(locale);
  const zh = langAttr(locale, "zh-CN");
  const missing = <span className="note">{z.nothingReported}</span>;
  const byCategory = (category: FeatureCategory) => featuresOf({ slug: zone.slug, features: zone.features }, category);
  const parent = zone.region.parent;
  return (
    <article className="panel zone-card" id={zone.slug} data-testid={`zone-${zone.slug}`}>
      <header className="zone-card__head">
        <h2><Link locale={locale} href={`/regions/${zone.region.slug}`} lang={nameLang(locale, zone)}>{localName(locale, zone)}</Link></h2>
        <span className="badge badge--kind">{z.kinds[zone.kind]}</span>
      </header>
      <p className="note">
        {/* The other language's name under the heading: English under Chinese, Chinese under English. */}
        {locale === "en" ? <span lang="zh-CN">{zone.nameZh}</span> : zone.nameEn}
        {parent && <> · <Link locale={locale} href={`/regions/${parent.slug}`}>{localName(locale, parent)}</Link></>}
        {zone.established && <> · {z.established(zone.established)}</>}
      </p>
      <p lang={zh}>{zone.summaryZh}</p>

      <dl className="zone-card__facts">
        {tagCategories.map((category) => (
          <div key={category}>
            <dt>{z.sections[category]}</dt>
            <dd>
              {byCategory(category).length > 0
                ? (
                  <ul className="tags">
                    {byCategory(category).map((f) => {
                      const label = featureLabel(locale, f);
                      // The tooltip is the documents' Chinese: on an English page the tag is marked Chinese for it,
                      // and its English label marked back.
                      return zh && !label.lang
                        ? <li key={f.key} title={f.evidenceZh} lang={zh}><span lang={locale}>{label.text}</span></li>
                        : <li key={f.key} title={f.evidenceZh} lang={label.lang}>{label.text}</li>;
                    })}
                  </ul>
                )
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
                  {byCategory(category).map((f) => {
                    const label = featureLabel(locale, f);
                    return <li key={f.key}><strong lang={label.lang}>{label.text}</strong>{p.colon}<span lang={zh}>{f.evidenceZh}</span></li>;
                  })}
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
                {zone.metrics.map((metric) => {
                  const name = { nameZh: metric.labelZh, nameEn: metric.labelEn };
                  return (
                    <li key={`${metric.code}-${metric.year}`}>
                      <span lang={nameLang(locale, name)}>{localName(locale, name)}</span>{" "}
                      <strong>{observationLabel(metric.value, metric.qualifier, metric.unit, locale)}</strong>
                    </li>
                  );
                })}
              </ul>
            ) : missing}
          </dd>
        </div>
      </dl>
      <p className="note zone-card__source">
        {m.common.source}{p.colon}
        <Link locale={locale} href={`/sources/${zone.source.slug}`} lang={langAttr(locale, sourceNameLang(zone.source, locale))}>{sourceName(zone.source, locale)}</Link>
        {" · "}<span lang={zh}>{zone.locator}</span>
      </p>
    </article>
  );
}
