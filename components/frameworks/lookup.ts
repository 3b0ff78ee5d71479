// Picks a framework's groups and nodes by key; the schema guarantees they exist, so a miss is a bug.
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
