// A node's label as a link to the document it comes from.
import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n";
import type { FrameworkNode } from "@/lib/validation/frameworks";

const m = getMessages().frameworks;

export function NodeLink({ node }: { node: FrameworkNode }) {
  return (
    <Link href={`/sources/${node.source}`} title={m.openSource(node.source)} data-testid={`framework-link-${node.key}`}>
      {node.label}
    </Link>
  );
}
