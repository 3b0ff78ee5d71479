// Document 004's three questions, the emerging industries and the following/parallel/leading strategies.
import { getMessages } from "@/lib/i18n";
import type { Framework } from "@/lib/validation/frameworks";
import { FrameworkNodeCard } from "./framework-node";
import { requireGroup } from "./lookup";
import { StepFlow } from "./step-flow";

const m = getMessages().frameworks;

export function CatchUpStrategies({ framework }: { framework: Framework }) {
  const t = m.sections["catch-up"];
  const questions = requireGroup(framework, "three-questions");
  const industries = requireGroup(framework, "emerging-industries");
  return (
    <div className="fw-catch-up">
      <h3 className="fw-group-title">{questions.label}</h3>
      <div className="fw-tiles fw-tiles--three">
        {questions.nodes.map((node) => <FrameworkNodeCard key={node.key} node={node} />)}
      </div>
      <h3 className="fw-group-title">{industries.label}</h3>
      {industries.nodes.map((node) => <FrameworkNodeCard key={node.key} node={node} />)}
      <StepFlow group={requireGroup(framework, "strategies")} tagsLabel={t.namedIndustries} noTagsNote={t.noIndustriesNamed} />
    </div>
  );
}
