// A document's problems beside its paths; each path lists the problems it answers.
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkGroup } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { frameworkLabel } from "./lookup";

export function BottleneckPairs({ locale, problems, paths }: { locale: Locale; problems: FrameworkGroup; paths: FrameworkGroup }) {
  const labelOf = new Map(problems.nodes.map((n) => [n.key, frameworkLabel(n, locale)]));
  return (
    <div className="fw-pairs">
      <div className="fw-pairs__column">
        <h3 className="fw-group-title fw-group-title--problem">{frameworkLabel(problems, locale)}</h3>
        {problems.nodes.map((node) => <FrameworkNodeCard key={node.key} locale={locale} node={node} tone="problem" />)}
      </div>
      <div className="fw-pairs__arrow" aria-hidden="true" />
      <div className="fw-pairs__column">
        <h3 className="fw-group-title fw-group-title--path">{frameworkLabel(paths, locale)}</h3>
        {paths.nodes.map((node) => (
          <FrameworkNodeCard
            key={node.key}
            locale={locale}
            node={node}
            tone="path"
            respondsToLabels={(node.respondsTo ?? []).flatMap((k) => labelOf.get(k) ?? [])}
          />
        ))}
      </div>
    </div>
  );
}
