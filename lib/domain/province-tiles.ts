// A schematic tile grid of China's 34 provincial-level divisions (not a geographic map: a public map of
// China needs an approved base map with its review number, so we draw tiles in roughly their places).
import { findAdminDivision, shortAdminName } from "./admin-divisions";

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
