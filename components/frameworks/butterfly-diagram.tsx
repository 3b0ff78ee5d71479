// The butterfly model drawn with CSS shapes (head, body, two wings), its parts explained below.
import { getMessages } from "@/lib/i18n";
import type { FrameworkGroup, FrameworkNode } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { requireNode } from "./lookup";
import { NodeLink } from "./node-link";

const m = getMessages().frameworks;

function Part({ node, className }: { node: FrameworkNode; className: string }) {
  return (
    <div className={`fw-butterfly__part ${className}`}>
      <span className="fw-butterfly__role">{node.tags?.[0]}</span>
      <span className="fw-butterfly__label"><NodeLink node={node} /></span>
    </div>
  );
}

export function ButterflyDiagram({ model }: { model: FrameworkGroup }) {
  const t = m.sections.butterfly;
  return (
    <div className="fw-butterfly">
      <h3 className="fw-group-title">{model.label}</h3>
      <figure className="fw-butterfly__figure">
        <div className="fw-butterfly__shape">
          <Part node={requireNode(model, "bf-market")} className="fw-butterfly__wing fw-butterfly__wing--left" />
          <Part node={requireNode(model, "bf-head")} className="fw-butterfly__head" />
          <Part node={requireNode(model, "bf-body")} className="fw-butterfly__body" />
          <Part node={requireNode(model, "bf-government")} className="fw-butterfly__wing fw-butterfly__wing--right" />
        </div>
        <figcaption className="visually-hidden">{t.figureLabel}</figcaption>
      </figure>
      <h4 className="fw-subtitle">{t.partsTitle}</h4>
      <div className="fw-tiles fw-tiles--four">
        {model.nodes.map((node) => <FrameworkNodeCard key={node.key} node={node} isLinked={false} />)}
      </div>
    </div>
  );
}
