// The provinces as a schematic tile grid, each tile in the colour of its stage in the year shown; a tile
// without a figure is hatched grey and says which years it does have.
import Link from "@/components/ui/link";
import { stagePalette, stageTextColour } from "@/lib/charts/theme";
import { tileGridSize } from "@/lib/domain/province-tiles";
import type { StageTile } from "@/lib/domain/stages-view";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";

export function StageTileGrid({ tiles }: { tiles: StageTile[] }) {
  const m = getMessages().stages;
  return (
    <div className="tile-grid tile-grid--map" style={{ gridTemplateColumns: `repeat(${tileGridSize.cols}, minmax(0, 1fr))` }} data-testid="stage-tiles">
      {tiles.map((tile) => {
        const place = { gridRow: tile.row + 1, gridColumn: tile.col + 1 };
        if (tile.status === "value") {
          const { figure } = tile;
          const label = m.tileLabel(tile.nameZh, formatUsd(figure.gdpPerCapitaUsd), figure.stage.nameZh);
          const style = { ...place, background: stagePalette[figure.stage.order], color: stageTextColour[figure.stage.order] };
          return (
            <Link key={tile.code} href={`/regions/${figure.region.slug}`} className="tile" style={style} aria-label={label} title={label} data-stage={figure.stage.key}>
              <span className="tile__name">{tile.nameZh}</span>
              <span className="tile__value">{formatUsd(figure.gdpPerCapitaUsd)}</span>
            </Link>
          );
        }
        const label = m.noFigureTile(tile.nameZh, tile.otherYears);
        return tile.slug ? (
          <Link key={tile.code} href={`/regions/${tile.slug}`} className="tile tile--no-data" style={place} aria-label={label} title={label} data-stage="none">
            <span className="tile__name">{tile.nameZh}</span>
          </Link>
        ) : (
          <span key={tile.code} className="tile tile--no-data" style={place} aria-label={label} title={label} role="img" data-stage="none">
            <span className="tile__name">{tile.nameZh}</span>
          </span>
        );
      })}
    </div>
  );
}
