// One framework node as a card: label (linked to its document), tags, figure, paraphrase and citation.
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkNode } from "@/lib/validation/frameworks";
import { NodeLink } from "./node-link";
import { frameworkLabel, nodeTags } from "./lookup";

type FrameworkNodeCardProps = {
  locale: Locale;
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

export function FrameworkNodeCard({ locale, node, respondsToLabels, tagsLabel, noTagsNote, isLinked = true, tone = "plain" }: FrameworkNodeCardProps) {
  const m = getMessages(locale).frameworks;
  const tags = nodeTags(node, locale);
  // The paraphrase, the figure and the place in the document stay in the documents' language.
  const zh = locale === "en" ? "zh-CN" : undefined;
  return (
    <article className={`fw-node fw-node--${tone}`} id={`node-${node.key}`} data-testid={`framework-node-${node.key}`}>
      <p className="fw-node__label">{isLinked ? <NodeLink locale={locale} node={node} /> : frameworkLabel(node, locale)}</p>
      {tags.length > 0 ? (
        <p className="fw-tags">
          {tagsLabel && <span className="fw-tags__label">{tagsLabel}</span>}
          {tags.map((tag) => <span key={tag} className="fw-tag">{tag}</span>)}
        </p>
      ) : (
        noTagsNote && <p className="fw-tags fw-tags--none">{noTagsNote}</p>
      )}
      {node.figure && <p className="fw-node__figure" lang={zh}>{node.figure}</p>}
      <p className="fw-node__description" lang={zh}>{node.description}</p>
      {respondsToLabels && respondsToLabels.length > 0 && (
        <p className="fw-tags fw-tags--responds">
          <span className="fw-tags__label">{m.respondsTo}</span>
          {respondsToLabels.map((label) => <span key={label} className="fw-tag fw-tag--problem">{label}</span>)}
        </p>
      )}
      <p className="fw-node__cite">
        {m.citedAt} {m.sourceLabel(node.source)} · <span lang={zh}>{node.locator}</span>
      </p>
    </article>
  );
}
