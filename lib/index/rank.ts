// Ranks of composite scores: the highest score ranks first, equal scores share the better rank and the
// next rank skips ("1224", as lib/domain/region-rank.ts ranks a single indicator).

/** Competition ranks of `scores` (higher is better); NaN scores get rank NaN and are not counted. */
export function competitionRanks(scores: ArrayLike<number>): Float64Array {
  const n = scores.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(scores[i]!)) order.push(i);
  order.sort((a, b) => scores[b]! - scores[a]!);
  const ranks = new Float64Array(n).fill(NaN);
  order.forEach((i, position) => {
    const previous = order[position - 1];
    ranks[i] = previous !== undefined && scores[previous] === scores[i] ? ranks[previous]! : position + 1;
  });
  return ranks;
}
