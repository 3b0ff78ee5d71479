// The butterfly model drawn with CSS shapes (head, body, two wings), its parts explained below.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkGroup, FrameworkNode } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { NodeLink } from "./node-link";
import { frameworkLabel, nodeTags, requireNode } from "./lookup";

function Part({ locale, node, className }: { locale: Locale; node: FrameworkNode; className: string }) {
  return (
    <div className={`fw-butterfly__part ${className}`}>
      <span className="fw-butterfly__role">{nodeTags(node, locale)[0]}</span>
      <span className="fw-butterfly__label"><NodeLink locale={locale} node={node} /></span>
    </div>
  );
}

export function ButterflyDiagram({ locale, model }: { locale: Locale; model: FrameworkGroup }) {
  const t = getMessages(locale).frameworks.sections.butterfly;
  return (
    <div className="fw-butterfly">
      <h3 className="fw-group-title">{frameworkLabel(model, locale)}</h3>
      <figure className="fw-butterfly__figure">
        <div className="fw-butterfly__shape">
          <Part locale={locale} node={requireNode(model, "bf-market")} className="fw-butterfly__wing fw-butterfly__wing--left" />
          <Part locale={locale} node={requireNode(model, "bf-head")} className="fw-butterfly__head" />
          <Part locale={locale} node={requireNode(model, "bf-body")} className="fw-butterfly__body" />
          <Part locale={locale} node={requireNode(model, "bf-government")} className="fw-butterfly__wing fw-butterfly__wing--right" />
        </div>
        <figcaption className="visually-hidden">{t.figureLabel}</figcaption>
      </figure>
      <h4 className="fw-subtitle">{t.partsTitle}</h4>
      <div className="fw-tiles fw-tiles--four">
        {model.nodes.map((node) => <FrameworkNodeCard key={node.key} locale={locale} node={node} isLinked={false} />)}
      </div>
    </div>
  );
}
