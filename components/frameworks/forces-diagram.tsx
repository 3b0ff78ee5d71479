// Three forces converging on the integration they drive.
import { getMessages } from "@/lib/i18n";
import type { FrameworkGroup } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";

const m = getMessages().frameworks;

export function ForcesDiagram({ forces }: { forces: FrameworkGroup }) {
  return (
    <div className="fw-forces">
      <h3 className="fw-group-title">{forces.label}</h3>
      <ul className="fw-forces__list">
        {forces.nodes.map((node) => (
          <li key={node.key} className="fw-forces__force">
            <FrameworkNodeCard node={node} />
          </li>
        ))}
      </ul>
      <p className="fw-forces__target">{m.sections.forces.target}</p>
    </div>
  );
}
