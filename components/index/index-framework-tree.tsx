// The framework as a tree: pillars, then their indicators, each with its direction and weight (share of
// the pillar and of the index), what the store holds for it in the year shown (name, unit, provinces with a
// figure, the national reference, sources) and why it is there (the citation and the rationale). The spec's
// own words (rationales, locators) are shown as stored, marked as Chinese on an English page; its labels in
// English where the spec gives them (lib/index/stored-text.ts), else as stored and so marked.
import Link from "@/components/ui/link";
import { punctuation } from "@/lib/charts/punctuation";
import { unitLabel } from "@/lib/domain/units";
import { frameworkView } from "@/lib/index/framework-view";
import { indexSourceName, type IndexIndicatorMeta } from "@/lib/index/inputs";
import { indexPageText } from "@/lib/index/messages";
import type { Cite, IndexSpec } from "@/lib/index/spec";
import { storedLang } from "@/lib/index/stored-text";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { seededSourceName, sourceNames } from "@/seed/data/source-names";

const percent = (share: number) => `${(share * 100).toFixed(share * 100 < 10 ? 1 : 0)}%`;

/** The parts of a line joined as each language writes them; a locator in brackets, "（…）" or " (…)". */
const marks = (locale: Locale) => {
  const p = punctuation(locale);
  return { colon: p.colon, list: p.semicolon, open: locale === "en" ? " (" : "（", close: locale === "en" ? ")" : "）" };
};

/** A cited source by its site name; a saved spec may cite a source the seed does not name. */
function citeName(slug: string, locale: Locale): string {
  return Object.hasOwn(sourceNames, slug) ? seededSourceName(slug, locale) : slug;
}

function CiteLink({ cite, locale }: { cite: Cite; locale: Locale }) {
  const p = marks(locale);
  return (
    <>
      <Link locale={locale} href={`/sources/${cite.source}`}>{citeName(cite.source, locale)}</Link>
      <span className="note">{p.open}<span lang={storedLang(locale, cite.locator)}>{cite.locator}</span>{p.close}</span>
    </>
  );
}

function CiteList({ cites, locale }: { cites: readonly Cite[]; locale: Locale }) {
  return cites.map((c, i) => <span key={`${c.source}-${i}`}>{i > 0 && marks(locale).list}<CiteLink cite={c} locale={locale} /></span>);
}

type IndexFrameworkTreeProps = { locale: Locale; spec: IndexSpec; indicators: IndexIndicatorMeta[]; year: number };

export function IndexFrameworkTree({ locale, spec, indicators, year }: IndexFrameworkTreeProps) {
  const m = indexPageText(locale).framework;
  const p = marks(locale);
  const pillars = frameworkView(spec, indicators, locale);
  return (
    <>
      {(spec.rationale || (spec.cite && spec.cite.length > 0)) && (
        <p className="index-tree__spec">
          {spec.rationale && <span lang={storedLang(locale, spec.rationale)}>{spec.rationale}</span>}
          {spec.cite && spec.cite.length > 0 && (
            <> {m.frameworkCites}{p.colon}<CiteList cites={spec.cite} locale={locale} /></>
          )}
        </p>
      )}
      <ol className="index-tree" data-testid="index-framework">
        {pillars.map((pillar) => (
          <li key={pillar.key} className="index-tree__pillar">
            <h3>
              <span lang={storedLang(locale, pillar.label)}>{pillar.label}</span> <span className="index-tree__share">{m.pillarWeight(percent(pillar.shareOfIndex))}</span>
            </h3>
            {pillar.rationale && <p lang={storedLang(locale, pillar.rationale)}>{pillar.rationale}</p>}
            {pillar.cite.length > 0 && (
              <p className="note">{m.cites}{p.colon}<CiteList cites={pillar.cite} locale={locale} /></p>
            )}
            <ul className="index-tree__indicators">
              {pillar.indicators.map((indicator) => (
                <li key={indicator.key} className="index-tree__indicator">
                  <p className="index-tree__name">
                    <strong lang={storedLang(locale, indicator.label)}>{indicator.label}</strong>
                    <span className="index-tree__tags">
                      <span>{indicator.direction === 1 ? m.direction.up : m.direction.down}</span>
                      <span>{m.shareOfPillar(percent(indicator.shareOfPillar))}</span>
                      <span>{m.shareOfIndex(percent(indicator.shareOfIndex))}</span>
                    </span>
                  </p>
                  <StoreLine store={indicator.store} year={year} locale={locale} />
                  {indicator.cite && <p className="note">{m.cites}{p.colon}<CiteLink cite={indicator.cite} locale={locale} /></p>}
                  {indicator.rationale && <p className="index-tree__rationale" lang={storedLang(locale, indicator.rationale)}>{indicator.rationale}</p>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function StoreLine({ store, year, locale }: { store: IndexIndicatorMeta | null; year: number; locale: Locale }) {
  const m = indexPageText(locale).framework;
  const p = marks(locale);
  if (!store || store.nameZh === null) return <p className="note">{m.missingInStore}</p>;
  const named = { nameZh: store.nameZh, nameEn: store.nameEn };
  return (
    <>
      <p className="note">
        <Link locale={locale} href={`/indicators/${store.key}`}>
          {m.store(localName(locale, named), store.unit ? unitLabel(store.unit, locale) || store.unit : "—")}
        </Link>
        {p.list}{m.coverage(store.provinces, year)}
        {store.reference && Object.hasOwn(m.reference, store.reference) && <>{p.list}{m.reference[store.reference]}</>}
      </p>
      {store.sources.length > 0 && (
        <p className="note">
          {m.sources}{p.colon}
          {store.sources.map((s, i) => (
            <span key={s.slug}>{i > 0 && p.list}<Link locale={locale} href={`/sources/${s.slug}`}>{indexSourceName(s, locale)}</Link></span>
          ))}
        </p>
      )}
    </>
  );
}
