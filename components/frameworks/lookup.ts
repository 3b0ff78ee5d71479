// Picks a framework's groups and nodes by key (the schema guarantees they exist, so a miss is a bug), and
// names them in the page's language: our English labels and tags on English pages.
import type { Locale } from "@/lib/i18n/locales";
import type { Framework, FrameworkGroup, FrameworkNode } from "@/lib/validation/frameworks";

export function requireGroup(framework: Framework, key: string): FrameworkGroup {
  const group = framework.groups.find((g) => g.key === key);
  if (!group) throw new Error(`framework ${framework.key} has no group ${key}`);
  return group;
}

export function requireNode(group: FrameworkGroup, key: string): FrameworkNode {
  const node = group.nodes.find((n) => n.key === key);
  if (!node) throw new Error(`group ${group.key} has no node ${key}`);
  return node;
}

/** A group's or node's label in the page's language. */
export function frameworkLabel(item: { label: string; labelEn: string }, locale: Locale): string {
  return locale === "en" ? item.labelEn : item.label;
}

/** A node's tags in the page's language (the schema gives tagsEn exactly when tags, in the same order). */
export function nodeTags(node: FrameworkNode, locale: Locale): string[] {
  return (locale === "en" ? node.tagsEn : node.tags) ?? [];
}
