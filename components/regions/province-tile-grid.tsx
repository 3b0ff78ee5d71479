// Schematic tile grid of provinces coloured by one indicator in one year: each tile links to its province
// and names its value and rank; a tile without a figure is hatched grey and says why.
import Link from "@/components/ui/link";
import { tileGridSize, type ChoroplethTile } from "@/lib/domain/province-tiles";
import { noDataFill, noDataText, type BinColour } from "@/lib/charts/sequential-scale";
import type { Locale } from "@/lib/i18n/locales";
import type { RegionFigure } from "@/lib/queries/region-values";
import styles from "./province-tile-grid.module.css";

type ProvinceTileGridProps = {
  tiles: ChoroplethTile<RegionFigure>[];
  colours: BinColour[];
  /** What a tile says: its name in the page's language, what it says in full (its accessible name and
   *  tooltip), and the short value shown on it. */
  describe: (tile: ChoroplethTile<RegionFigure>) => { name: string; label: string; shortValue: string | null };
  locale: Locale;
};

/** ISO 3166-2:CN subdivision codes by GB/T 2260 code: what an English tile shows on a phone. */
export const provinceIsoCodes: Readonly<Record<string, string>> = {
  "110000": "BJ", "120000": "TJ", "130000": "HE", "140000": "SX", "150000": "NM",
  "210000": "LN", "220000": "JL", "230000": "HL",
  "310000": "SH", "320000": "JS", "330000": "ZJ", "340000": "AH", "350000": "FJ", "360000": "JX", "370000": "SD",
  "410000": "HA", "420000": "HB", "430000": "HN", "440000": "GD", "450000": "GX", "460000": "HI",
  "500000": "CQ", "510000": "SC", "520000": "GZ", "530000": "YN", "540000": "XZ",
  "610000": "SN", "620000": "GS", "630000": "QH", "640000": "NX", "650000": "XJ",
  "710000": "TW", "810000": "HK", "820000": "MO",
};

export function ProvinceTileGrid({ tiles, colours, describe, locale }: ProvinceTileGridProps) {
  return (
    <div className="tile-grid tile-grid--map" style={{ gridTemplateColumns: `repeat(${tileGridSize.cols}, minmax(0, 1fr))` }} data-testid="province-tiles">
      {tiles.map((tile) => {
        const { name, label, shortValue } = describe(tile);
        const colour = tile.status === "value" ? colours[tile.bin] : undefined;
        const style = {
          gridRow: tile.row + 1,
          gridColumn: tile.col + 1,
          background: colour?.fill ?? noDataFill,
          color: colour?.text ?? noDataText,
        };
        const iso = provinceIsoCodes[tile.code];
        const content = (
          <>
            {locale === "en" ? (
              <span className="tile__name">
                <span className={iso ? styles.long : undefined}>{name}</span>
                {iso && <span className={styles.short}>{iso}</span>}
              </span>
            ) : (
              <span className="tile__name">{name}</span>
            )}
            {shortValue && <span className="tile__value">{shortValue}</span>}
          </>
        );
        const state = tile.status === "value" ? `tile--bin-${tile.bin}` : "tile--no-data";
        return tile.slug ? (
          <Link key={tile.code} locale={locale} href={`/regions/${tile.slug}`} className={`tile ${state}`} style={style} aria-label={label} title={label} data-value={tile.status === "value" ? tile.figure.value : undefined}>
            {content}
          </Link>
        ) : (
          <span key={tile.code} className={`tile ${state}`} style={style} aria-label={label} title={label} role="img">
            {content}
          </span>
        );
      })}
    </div>
  );
}
