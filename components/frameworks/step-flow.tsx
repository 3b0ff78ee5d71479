// Nodes in order with arrows between them; as a loop, a dashed return line leads back to the first.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkGroup } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { frameworkLabel } from "./lookup";

type StepFlowProps = {
  locale: Locale;
  group: FrameworkGroup;
  isLoop?: boolean;
  tagsLabel?: string;
  noTagsNote?: string;
};

export function StepFlow({ locale, group, isLoop = false, tagsLabel, noTagsNote }: StepFlowProps) {
  const m = getMessages(locale).frameworks;
  const first = group.nodes[0];
  const title = frameworkLabel(group, locale);
  return (
    <div className="fw-flow-block" style={{ "--fw-steps": group.nodes.length } as React.CSSProperties}>
      <h3 className="fw-group-title">{title}</h3>
      <ol
        className={`fw-flow${isLoop ? " fw-flow--loop" : ""}`}
        aria-label={m.loopLabel(title)}
      >
        {group.nodes.map((node) => (
          <li key={node.key} className="fw-flow__step">
            <FrameworkNodeCard locale={locale} node={node} tagsLabel={tagsLabel} noTagsNote={noTagsNote} />
          </li>
        ))}
      </ol>
      {isLoop && first && (
        <p className="fw-flow__return">
          <span>↺ {m.loopBack(frameworkLabel(first, locale))}</span>
        </p>
      )}
    </div>
  );
}
