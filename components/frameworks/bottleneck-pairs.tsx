// A document's problems beside its paths; each path lists the problems it answers.
import type { FrameworkGroup } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";

export function BottleneckPairs({ problems, paths }: { problems: FrameworkGroup; paths: FrameworkGroup }) {
  const labelOf = new Map(problems.nodes.map((n) => [n.key, n.label]));
  return (
    <div className="fw-pairs">
      <div className="fw-pairs__column">
        <h3 className="fw-group-title fw-group-title--problem">{problems.label}</h3>
        {problems.nodes.map((node) => <FrameworkNodeCard key={node.key} node={node} tone="problem" />)}
      </div>
      <div className="fw-pairs__arrow" aria-hidden="true" />
      <div className="fw-pairs__column">
        <h3 className="fw-group-title fw-group-title--path">{paths.label}</h3>
        {paths.nodes.map((node) => (
          <FrameworkNodeCard
            key={node.key}
            node={node}
            tone="path"
            respondsToLabels={(node.respondsTo ?? []).flatMap((k) => labelOf.get(k) ?? [])}
          />
        ))}
      </div>
    </div>
  );
}
