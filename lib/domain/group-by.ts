// Items grouped by a key, items keeping their order within a group.

/** The groups under their keys, in the order each key first appears. */
export function groupByKey<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The groups alone, in the order their first item appears. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  return [...groupByKey(items, key).values()];
}
