// A node's label as a link to the document it comes from.
import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { FrameworkNode } from "@/lib/validation/frameworks";
import { frameworkLabel } from "./lookup";

export function NodeLink({ locale, node }: { locale: Locale; node: FrameworkNode }) {
  const m = getMessages(locale).frameworks;
  return (
    <Link locale={locale} href={`/sources/${node.source}`} title={m.openSource(node.source)} data-testid={`framework-link-${node.key}`}>
      {frameworkLabel(node, locale)}
    </Link>
  );
}
