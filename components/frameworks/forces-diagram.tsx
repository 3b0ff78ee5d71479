// Three forces converging on the integration they drive.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkGroup } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { frameworkLabel } from "./lookup";

export function ForcesDiagram({ locale, forces }: { locale: Locale; forces: FrameworkGroup }) {
  const m = getMessages(locale).frameworks;
  return (
    <div className="fw-forces">
      <h3 className="fw-group-title">{frameworkLabel(forces, locale)}</h3>
      <ul className="fw-forces__list">
        {forces.nodes.map((node) => (
          <li key={node.key} className="fw-forces__force">
            <FrameworkNodeCard locale={locale} node={node} />
          </li>
        ))}
      </ul>
      <p className="fw-forces__target">{m.sections.forces.target}</p>
    </div>
  );
}
