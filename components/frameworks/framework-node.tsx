// One framework node as a card: label (linked to its document), tags, figure, paraphrase and citation.
import { getMessages } from "@/lib/i18n";
import type { FrameworkNode } from "@/lib/validation/frameworks";
import { NodeLink } from "./node-link";

const m = getMessages().frameworks;

type FrameworkNodeCardProps = {
  node: FrameworkNode;
  /** Labels of the nodes this one answers, shown as "回应" chips. */
  respondsToLabels?: string[];
  /** Says what the tags are (e.g. the industries named); without it tags show bare. */
  tagsLabel?: string;
  /** Shown in place of tags when a node has none but the reader expects some. */
  noTagsNote?: string;
  /** False where the label is already linked elsewhere in the same diagram. */
  isLinked?: boolean;
  tone?: "problem" | "path" | "plain";
};

export function FrameworkNodeCard({ node, respondsToLabels, tagsLabel, noTagsNote, isLinked = true, tone = "plain" }: FrameworkNodeCardProps) {
  return (
    <article className={`fw-node fw-node--${tone}`} id={`node-${node.key}`} data-testid={`framework-node-${node.key}`}>
      <p className="fw-node__label">{isLinked ? <NodeLink node={node} /> : node.label}</p>
      {node.tags ? (
        <p className="fw-tags">
          {tagsLabel && <span className="fw-tags__label">{tagsLabel}</span>}
          {node.tags.map((tag) => <span key={tag} className="fw-tag">{tag}</span>)}
        </p>
      ) : (
        noTagsNote && <p className="fw-tags fw-tags--none">{noTagsNote}</p>
      )}
      {node.figure && <p className="fw-node__figure">{node.figure}</p>}
      <p className="fw-node__description">{node.description}</p>
      {respondsToLabels && respondsToLabels.length > 0 && (
        <p className="fw-tags fw-tags--responds">
          <span className="fw-tags__label">{m.respondsTo}</span>
          {respondsToLabels.map((label) => <span key={label} className="fw-tag fw-tag--problem">{label}</span>)}
        </p>
      )}
      <p className="fw-node__cite">
        {m.citedAt} {m.sourceLabel(node.source)} · {node.locator}
      </p>
    </article>
  );
}
