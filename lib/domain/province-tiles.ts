// A schematic tile grid of China's 34 provincial-level divisions (not a geographic map: a public map of
// China needs an approved base map with its review number, so we draw tiles in roughly their places),
// and the same tiles coloured by one indicator in one year (a choropleth in tiles).
import { findAdminDivision, shortAdminName } from "./admin-divisions";
import { rankByValue } from "./region-rank";

/** [GB/T 2260 code, row, column] on a 9 × 8 grid, west to east and north to south. */
const layout: [code: string, row: number, col: number][] = [
  ["230000", 0, 8],
  ["150000", 1, 4], ["110000", 1, 5], ["120000", 1, 6], ["210000", 1, 7], ["220000", 1, 8],
  ["650000", 2, 0], ["620000", 2, 2], ["640000", 2, 3], ["140000", 2, 4], ["130000", 2, 5], ["370000", 2, 6],
  ["630000", 3, 1], ["610000", 3, 2], ["410000", 3, 3], ["340000", 3, 4], ["320000", 3, 5], ["310000", 3, 6],
  ["540000", 4, 0], ["510000", 4, 1], ["500000", 4, 2], ["420000", 4, 3], ["360000", 4, 4], ["330000", 4, 5],
  ["530000", 5, 1], ["520000", 5, 2], ["430000", 5, 3], ["350000", 5, 4], ["710000", 5, 5],
  ["450000", 6, 2], ["440000", 6, 3], ["810000", 6, 4],
  ["460000", 7, 2], ["820000", 7, 3],
];

export type ProvinceTile = { code: string; nameZh: string; row: number; col: number };

export const provinceTiles: ProvinceTile[] = layout.map(([code, row, col]) => {
  const division = findAdminDivision(code);
  if (!division) throw new Error(`tile ${code} is not a GB/T 2260 province code`);
  return { code, nameZh: shortAdminName(division.name), row, col };
});

export const tileGridSize = { rows: 8, cols: 9 } as const;

// ---- Choropleth: the tiles coloured by one indicator in one year ----

export type ValueBin = { index: number; from: number; to: number; count: number };

/** Rounds an edge to the fewest significant digits (two at least) that keep the edges apart. */
function roundedEdges(raw: number[], min: number, max: number): number[] {
  for (let digits = 2; digits <= 8; digits++) {
    const edges = [...new Set(raw.map((e) => Number(e.toPrecision(digits))))].filter((e) => e > min && e <= max);
    if (edges.length === raw.length) return edges;
  }
  return [...new Set(raw)].filter((e) => e > min && e <= max);
}

/**
 * Up to `count` bins of about equal numbers of values (quantiles), edges rounded so a legend reads them.
 * Bins are [from, to) except the last, which holds its top value; the first starts at the lowest value and
 * the last ends at the highest. Fewer distinct values than bins give one bin per value.
 */
export function valueBins(values: number[], count = 5): ValueBin[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const distinct = [...new Set(sorted)];
  const quantiles = Array.from({ length: count - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / count)]!);
  // Few distinct values: one bin per value, so no bin is empty and none mixes two values.
  const edges = distinct.length <= count ? distinct.slice(1) : roundedEdges([...new Set(quantiles)], min, max);
  const bounds = [min, ...edges, max];
  const bins = bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1]! }));
  return bins.map((bin, index) => ({ index, ...bin, count: values.filter((v) => binIndex(bins, v) === index).length }));
}

/** The bin a value falls in: the last bin whose lower edge it reaches. */
export function binIndex(bins: { from: number }[], value: number): number {
  let index = 0;
  bins.forEach((bin, i) => { if (value >= bin.from) index = i; });
  return index;
}

/** Why a tile has no figure: the province has figures in other years, none at all, or is not in the store. */
export type MissingReason = { kind: "other-years"; years: number[] } | { kind: "no-figures" } | { kind: "not-in-store" };

export type ChoroplethTile<F> = ProvinceTile & { slug: string | null } & (
  | { status: "value"; figure: F; bin: number; rank: number }
  | { status: "no-data"; reason: MissingReason }
);

export type Choropleth<F> = {
  tiles: ChoroplethTile<F>[];
  bins: ValueBin[];
  /** Provinces with a figure, best rank first; then those without, in tile order. */
  rows: ChoroplethTile<F>[];
};

export type ChoroplethInput<F> = {
  /** The year's figure of each province, by GB/T 2260 code. */
  figures: ReadonlyMap<string, F>;
  /** Province slugs in the store, by code. */
  slugs: ReadonlyMap<string, string>;
  /** Every year each province has a figure for the indicator, by code. */
  years: ReadonlyMap<string, number[]>;
  higherIsBetter: boolean | null;
  binCount?: number;
};

/** Every tile with its figure, bin and rank, or with the reason it has none: "no data" is a tile state too. */
export function buildChoropleth<F extends { value: number }>({ figures, slugs, years, higherIsBetter, binCount = 5 }: ChoroplethInput<F>): Choropleth<F> {
  const present = provinceTiles.flatMap((tile) => {
    const figure = figures.get(tile.code);
    return figure ? [{ tile, figure }] : [];
  });
  const bins = valueBins(present.map((p) => p.figure.value), binCount);
  const ranks = new Map(rankByValue(present, (p) => p.figure.value, higherIsBetter).map((r) => [r.item.tile.code, r.rank]));
  const tiles = provinceTiles.map((tile): ChoroplethTile<F> => {
    const slug = slugs.get(tile.code) ?? null;
    const figure = figures.get(tile.code);
    if (figure) return { ...tile, slug, status: "value", figure, bin: binIndex(bins, figure.value), rank: ranks.get(tile.code)! };
    const otherYears = years.get(tile.code) ?? [];
    const reason: MissingReason = !slug ? { kind: "not-in-store" } : otherYears.length > 0 ? { kind: "other-years", years: otherYears } : { kind: "no-figures" };
    return { ...tile, slug, status: "no-data", reason };
  });
  const rank = (t: ChoroplethTile<F>) => (t.status === "value" ? t.rank : Infinity);
  const rows = [...tiles].sort((a, b) => rank(a) - rank(b));
  return { tiles, bins, rows };
}

/** Provinces near a province on the tile grid, nearest first (grid distance, not borders: a reader's "next door"). */
export function nearbyProvinces(code: string): ProvinceTile[] {
  const home = provinceTiles.find((t) => t.code === code);
  if (!home) return [];
  const rows = (t: ProvinceTile) => Math.abs(t.row - home.row);
  const cols = (t: ProvinceTile) => Math.abs(t.col - home.col);
  // Ring by ring; within a ring, side by side before corner to corner.
  const ring = (t: ProvinceTile) => Math.max(rows(t), cols(t));
  const steps = (t: ProvinceTile) => rows(t) + cols(t);
  return provinceTiles.filter((t) => t.code !== code).sort((a, b) => ring(a) - ring(b) || steps(a) - steps(b) || a.row - b.row || a.col - b.col);
}

/** Consecutive years as spans: [2019, 2020, 2021, 2023] → [[2019, 2021], [2023, 2023]]. */
export function yearSpans(years: number[]): [from: number, to: number][] {
  const spans: [number, number][] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else spans.push([year, year]);
  }
  return spans;
}

export type MapIndicator = { code: string; figureCount: number; years: { year: number; provinces: number }[] };

export type MapView<I extends MapIndicator> = {
  indicator: I;
  year: number;
  /** Set when the URL asked for something the store has no province figures for; the view shows the default. */
  notice: { kind: "unknown-indicator"; asked: string } | { kind: "unknown-year"; asked: string } | null;
};

const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);

/** The latest of the years with the most provinces: the fullest recent picture. */
function defaultYear(indicator: MapIndicator): number {
  const most = Math.max(...indicator.years.map((y) => y.provinces));
  return indicator.years.filter((y) => y.provinces === most).at(-1)!.year;
}

/**
 * The indicator and year the map shows for the URL's ?indicator=&year=: what was asked when the store has
 * it; otherwise the indicator with the most province figures and its default year, with a notice saying so.
 * Null when no indicator has province figures.
 */
export function chooseMapView<I extends MapIndicator>(indicators: I[], asked: { indicator?: string | string[]; year?: string | string[] }): MapView<I> | null {
  const withYears = indicators.filter((i) => i.years.length > 0);
  if (withYears.length === 0) return null;
  const byCode = new Map(withYears.map((i) => [i.code, i]));
  const askedCode = first(asked.indicator)?.trim();
  const askedYear = first(asked.year)?.trim();
  const fallback = withYears.reduce((best, i) => (i.figureCount > best.figureCount ? i : best));
  const found = askedCode ? byCode.get(askedCode) : undefined;
  const indicator = found ?? fallback;
  if (askedCode && !found) return { indicator, year: defaultYear(indicator), notice: { kind: "unknown-indicator", asked: askedCode } };
  if (!askedYear) return { indicator, year: defaultYear(indicator), notice: null };
  const year = /^\d{4}$/.test(askedYear) ? indicator.years.find((y) => y.year === Number(askedYear))?.year : undefined;
  return year !== undefined
    ? { indicator, year, notice: null }
    : { indicator, year: defaultYear(indicator), notice: { kind: "unknown-year", asked: askedYear } };
}
