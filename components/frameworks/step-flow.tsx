// Nodes in order with arrows between them; as a loop, a dashed return line leads back to the first.
import { getMessages } from "@/lib/i18n";
import type { FrameworkGroup } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";

const m = getMessages().frameworks;

type StepFlowProps = {
  group: FrameworkGroup;
  isLoop?: boolean;
  tagsLabel?: string;
  noTagsNote?: string;
};

export function StepFlow({ group, isLoop = false, tagsLabel, noTagsNote }: StepFlowProps) {
  const first = group.nodes[0];
  return (
    <div className="fw-flow-block" style={{ "--fw-steps": group.nodes.length } as React.CSSProperties}>
      <h3 className="fw-group-title">{group.label}</h3>
      <ol
        className={`fw-flow${isLoop ? " fw-flow--loop" : ""}`}
        aria-label={m.loopLabel(group.label)}
      >
        {group.nodes.map((node) => (
          <li key={node.key} className="fw-flow__step">
            <FrameworkNodeCard node={node} tagsLabel={tagsLabel} noTagsNote={noTagsNote} />
          </li>
        ))}
      </ol>
      {isLoop && first && (
        <p className="fw-flow__return">
          <span>↺ {m.loopBack(first.label)}</span>
        </p>
      )}
    </div>
  );
}
