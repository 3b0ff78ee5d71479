// Schematic tile grid of provinces: tiles link to regions in the store; those with figures are dark.
import Link from "@/components/ui/link";
import { provinceTiles, tileGridSize } from "@/lib/domain/province-tiles";
import type { RegionSummary } from "@/lib/queries/regions";

export function ProvinceTileGrid({ regions }: { regions: RegionSummary[] }) {
  const byCode = new Map(regions.filter((r) => r.adminCode).map((r) => [r.adminCode!, r]));
  return (
    <div
      className="tile-grid"
      style={{ gridTemplateColumns: `repeat(${tileGridSize.cols}, minmax(0, 1fr))` }}
      data-testid="province-tiles"
    >
      {provinceTiles.map((tile) => {
        const region = byCode.get(tile.code);
        const style = { gridRow: tile.row + 1, gridColumn: tile.col + 1 };
        const state = region ? (region.observationCount > 0 ? "tile--data" : "tile--known") : "";
        return region ? (
          <Link key={tile.code} href={`/regions/${region.slug}`} className={`tile ${state}`} style={style}>
            {tile.nameZh}
          </Link>
        ) : (
          <span key={tile.code} className="tile" style={style}>{tile.nameZh}</span>
        );
      })}
    </div>
  );
}
