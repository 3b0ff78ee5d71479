// Long lists bound into statements a slice at a time. Both databases cap the values one statement binds
// (SQLite 32,766, PostgreSQL 65,535), and Prisma's SQLite adapter refuses more than SQLite's classic 999, so a
// list that comes from a reader (slugs in a URL, hostile ones included) or from a file is cut into slices.

/** Values bound per multi-row write: under both databases' limits. Large statements keep the round trips few on
 * PostgreSQL (about 40 for 100,000 figures); smaller ones measured no faster on either. */
export const maxBoundValues = 30_000;

/** Values in one IN list of a read: under Prisma's SQLite adapter's 999, and many more than a page asks for. */
export const inListSize = 500;

/** The items in order, in slices of at most `size` (at least one item each); none for no items. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}

/** The distinct values of a list for IN clauses, in slices of inListSize. */
export function inLists<T>(values: readonly T[]): T[][] {
  return slices([...new Set(values)], inListSize);
}
