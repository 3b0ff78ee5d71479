// Two documents' lists of future-industry directions, side by side.
import type { Locale } from "@/lib/i18n/locales";
import type { Framework } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { frameworkLabel } from "./lookup";

export function FutureDirections({ locale, framework }: { locale: Locale; framework: Framework }) {
  return (
    <div className="grid grid--halves">
      {framework.groups.map((group) => (
        <div key={group.key} className="fw-directions">
          <h3 className="fw-group-title">{frameworkLabel(group, locale)}</h3>
          <div className="fw-tiles fw-tiles--directions">
            {group.nodes.map((node) => <FrameworkNodeCard key={node.key} locale={locale} node={node} />)}
          </div>
        </div>
      ))}
    </div>
  );
}
