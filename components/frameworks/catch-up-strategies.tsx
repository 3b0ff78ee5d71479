// Document 004's three questions, the emerging industries and the following/parallel/leading strategies.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { Framework } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { StepFlow } from "./step-flow";
import { frameworkLabel, requireGroup } from "./lookup";

export function CatchUpStrategies({ locale, framework }: { locale: Locale; framework: Framework }) {
  const t = getMessages(locale).frameworks.sections["catch-up"];
  const questions = requireGroup(framework, "three-questions");
  const industries = requireGroup(framework, "emerging-industries");
  return (
    <div className="fw-catch-up">
      <h3 className="fw-group-title">{frameworkLabel(questions, locale)}</h3>
      <div className="fw-tiles fw-tiles--three">
        {questions.nodes.map((node) => <FrameworkNodeCard key={node.key} locale={locale} node={node} />)}
      </div>
      <h3 className="fw-group-title">{frameworkLabel(industries, locale)}</h3>
      {industries.nodes.map((node) => <FrameworkNodeCard key={node.key} locale={locale} node={node} />)}
      <StepFlow locale={locale} group={requireGroup(framework, "strategies")} tagsLabel={t.namedIndustries} noTagsNote={t.noIndustriesNamed} />
    </div>
  );
}
