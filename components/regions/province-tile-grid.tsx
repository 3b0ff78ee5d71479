// Schematic tile grid of provinces coloured by one indicator in one year: each tile links to its province
// and names its value and rank; a tile without a figure is hatched grey and says why.
import Link from "@/components/ui/link";
import { tileGridSize, type ChoroplethTile } from "@/lib/domain/province-tiles";
import { noDataFill, noDataText, type BinColour } from "@/lib/charts/sequential-scale";
import type { RegionFigure } from "@/lib/queries/region-values";

type ProvinceTileGridProps = {
  tiles: ChoroplethTile<RegionFigure>[];
  colours: BinColour[];
  /** What a tile says in full (its accessible name and tooltip), and the short value shown on it. */
  describe: (tile: ChoroplethTile<RegionFigure>) => { label: string; shortValue: string | null };
};

export function ProvinceTileGrid({ tiles, colours, describe }: ProvinceTileGridProps) {
  return (
    <div className="tile-grid tile-grid--map" style={{ gridTemplateColumns: `repeat(${tileGridSize.cols}, minmax(0, 1fr))` }} data-testid="province-tiles">
      {tiles.map((tile) => {
        const { label, shortValue } = describe(tile);
        const colour = tile.status === "value" ? colours[tile.bin] : undefined;
        const style = {
          gridRow: tile.row + 1,
          gridColumn: tile.col + 1,
          background: colour?.fill ?? noDataFill,
          color: colour?.text ?? noDataText,
        };
        const content = (
          <>
            <span className="tile__name">{tile.nameZh}</span>
            {shortValue && <span className="tile__value">{shortValue}</span>}
          </>
        );
        const state = tile.status === "value" ? `tile--bin-${tile.bin}` : "tile--no-data";
        return tile.slug ? (
          <Link key={tile.code} href={`/regions/${tile.slug}`} className={`tile ${state}`} style={style} aria-label={label} title={label} data-value={tile.status === "value" ? tile.figure.value : undefined}>
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
