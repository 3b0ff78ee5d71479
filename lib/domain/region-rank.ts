// Where one region stands among its peers on an indicator in a year: its rank (ties share a rank) and
// its gap to the national figure. Pure: the page reads the figures, this decides what they say.

/** The indicator's direction: true ranks the highest first, false the lowest first; null (no stated
 * direction) ranks by size, largest first, so a rank still reads as "the n-th largest". */
export type Direction = boolean | null;

export type ValuedFigure = { value: number; qualifier: string | null };

/**
 * One figure per region and year when two sources give one each: an exact figure beats a qualified one
 * ("约", "超过"), otherwise the later one in the input (the store lists figures in the order they were added).
 */
export function preferFigure<F extends ValuedFigure>(held: F | undefined, candidate: F): F {
  if (!held) return candidate;
  if (held.qualifier === null && candidate.qualifier !== null) return held;
  return candidate;
}

export type Ranked<T> = { item: T; rank: number };

/** Competition ranking ("1224"): equal values share the better rank, the next rank skips. Stable. */
export function rankByValue<T>(items: T[], valueOf: (item: T) => number, higherIsBetter: Direction): Ranked<T>[] {
  const sign = higherIsBetter === false ? 1 : -1;
  const ordered = [...items].sort((a, b) => sign * (valueOf(a) - valueOf(b)));
  const ranked: Ranked<T>[] = [];
  ordered.forEach((item, i) => {
    const previous = ranked[i - 1];
    const rank = previous && valueOf(previous.item) === valueOf(item) ? previous.rank : i + 1;
    ranked.push({ item, rank });
  });
  return ranked;
}

export type NationalGap =
  | { status: "compared"; national: number; difference: number; percent: number | null }
  | { status: "no-national" };

/** value − national, and that difference as % of national (null when national is 0: no meaningful share). */
export function gapToNational(value: number, national: number | null): NationalGap {
  if (national === null) return { status: "no-national" };
  const difference = value - national;
  return { status: "compared", national, difference, percent: national === 0 ? null : (difference / Math.abs(national)) * 100 };
}

export type Standing =
  | { status: "ranked"; value: number; rank: number; of: number; tiedWith: number; gap: NationalGap }
  | { status: "no-figure" };

export type StandingInput = {
  region: string;
  /** The peers' figures in the year asked about, the region's own among them; one per region. */
  figures: { region: string; value: number }[];
  national: number | null;
  higherIsBetter: Direction;
};

/** The region's rank among the figures ("第3位/31") and its gap to the national figure of the same year. */
export function standingOf({ region, figures, national, higherIsBetter }: StandingInput): Standing {
  const ranked = rankByValue(figures, (f) => f.value, higherIsBetter);
  const own = ranked.find((r) => r.item.region === region);
  if (!own) return { status: "no-figure" };
  return {
    status: "ranked",
    value: own.item.value,
    rank: own.rank,
    of: ranked.length,
    tiedWith: ranked.filter((r) => r.rank === own.rank).length - 1,
    gap: gapToNational(own.item.value, national),
  };
}

/** The figures with one per key (a region, a region and year), chosen by preferFigure, in first-seen order. */
export function onePer<F extends ValuedFigure>(figures: F[], keyOf: (figure: F) => string): F[] {
  const held = new Map<string, F>();
  for (const f of figures) held.set(keyOf(f), preferFigure(held.get(keyOf(f)), f));
  return [...held.values()];
}
