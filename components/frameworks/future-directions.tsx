// Two documents' lists of future-industry directions, side by side.
import type { Framework } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";

export function FutureDirections({ framework }: { framework: Framework }) {
  return (
    <div className="grid grid--halves">
      {framework.groups.map((group) => (
        <div key={group.key} className="fw-directions">
          <h3 className="fw-group-title">{group.label}</h3>
          <div className="fw-tiles fw-tiles--directions">
            {group.nodes.map((node) => <FrameworkNodeCard key={node.key} node={node} />)}
          </div>
        </div>
      ))}
    </div>
  );
}
