// The framework as a tree: pillars, then their indicators, each with its direction and weight (share of
// the pillar and of the index), what the store holds for it in the year shown (name, unit, provinces with a
// figure, the national reference, sources) and why it is there (the citation and the rationale).
import Link from "@/components/ui/link";
import { unitLabelZh } from "@/lib/domain/units";
import { frameworkView } from "@/lib/index/framework-view";
import type { IndexIndicatorMeta } from "@/lib/index/inputs";
import type { Cite, IndexSpec } from "@/lib/index/spec";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";
import { sourceNames } from "@/seed/data/source-names";

const percent = (share: number) => `${(share * 100).toFixed(share * 100 < 10 ? 1 : 0)}%`;

/** A cited source by its site name; a saved spec may cite a source the seed does not name. */
function citeName(slug: string): string {
  return Object.hasOwn(sourceNames, slug) ? sourceNames[slug]!.shortTitleZh : slug;
}

function CiteLink({ cite }: { cite: Cite }) {
  return (
    <>
      <Link href={`/sources/${cite.source}`}>{citeName(cite.source)}</Link>
      <span className="note">（{cite.locator}）</span>
    </>
  );
}

type IndexFrameworkTreeProps = { spec: IndexSpec; indicators: IndexIndicatorMeta[]; year: number };

export function IndexFrameworkTree({ spec, indicators, year }: IndexFrameworkTreeProps) {
  const m = indexPageMessages.framework;
  const pillars = frameworkView(spec, indicators);
  return (
    <>
      {(spec.rationale || (spec.cite && spec.cite.length > 0)) && (
        <p className="index-tree__spec">
          {spec.rationale}
          {spec.cite && spec.cite.length > 0 && (
            <> {m.frameworkCites}：{spec.cite.map((c, i) => <span key={`${c.source}-${i}`}>{i > 0 && "；"}<CiteLink cite={c} /></span>)}</>
          )}
        </p>
      )}
      <ol className="index-tree" data-testid="index-framework">
        {pillars.map((pillar) => (
          <li key={pillar.key} className="index-tree__pillar">
            <h3>
              {pillar.label} <span className="index-tree__share">{m.pillarWeight(percent(pillar.shareOfIndex))}</span>
            </h3>
            {pillar.rationale && <p>{pillar.rationale}</p>}
            {pillar.cite.length > 0 && (
              <p className="note">{m.cites}：{pillar.cite.map((c, i) => <span key={`${c.source}-${i}`}>{i > 0 && "；"}<CiteLink cite={c} /></span>)}</p>
            )}
            <ul className="index-tree__indicators">
              {pillar.indicators.map((indicator) => (
                <li key={indicator.key} className="index-tree__indicator">
                  <p className="index-tree__name">
                    <strong>{indicator.label}</strong>
                    <span className="index-tree__tags">
                      <span>{indicator.direction === 1 ? m.direction.up : m.direction.down}</span>
                      <span>{m.shareOfPillar(percent(indicator.shareOfPillar))}</span>
                      <span>{m.shareOfIndex(percent(indicator.shareOfIndex))}</span>
                    </span>
                  </p>
                  <StoreLine store={indicator.store} year={year} />
                  {indicator.cite && <p className="note">{m.cites}：<CiteLink cite={indicator.cite} /></p>}
                  {indicator.rationale && <p className="index-tree__rationale">{indicator.rationale}</p>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function StoreLine({ store, year }: { store: IndexIndicatorMeta | null; year: number }) {
  const m = indexPageMessages.framework;
  if (!store || store.nameZh === null) return <p className="note">{m.missingInStore}</p>;
  return (
    <>
      <p className="note">
        <Link href={`/indicators/${store.key}`}>{m.store(store.nameZh, store.unit ? unitLabelZh(store.unit) : "—")}</Link>
        ；{m.coverage(store.provinces, year)}
        {store.reference && Object.hasOwn(m.reference, store.reference) && <>；{m.reference[store.reference]}</>}
      </p>
      {store.sources.length > 0 && (
        <p className="note">
          {m.sources}：{store.sources.map((s, i) => <span key={s.slug}>{i > 0 && "；"}<Link href={`/sources/${s.slug}`}>{s.name}</Link></span>)}
        </p>
      )}
    </>
  );
}
