// The provinces as a schematic tile grid, each tile in the colour of its stage in the year shown; a tile
// without a figure is hatched grey and says which years it does have.
import Link from "@/components/ui/link";
import { stagePalette, stageTextColour } from "@/lib/charts/theme";
import { tileGridSize } from "@/lib/domain/province-tiles";
import type { StageTile } from "@/lib/domain/stages-view";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

type StageTileGridProps = {
  locale: Locale;
  tiles: StageTile[];
  /** The provinces' names by GB/T 2260 code, for English; a tile keeps its short Chinese name otherwise. */
  names: ReadonlyMap<string, { nameZh: string; nameEn: string }>;
};

export function StageTileGrid({ locale, tiles, names }: StageTileGridProps) {
  const m = getMessages(locale).stages;
  const nameOf = (tile: StageTile) => localName(locale, { nameZh: tile.nameZh, nameEn: names.get(tile.code)?.nameEn });
  return (
    <div className="tile-grid tile-grid--map" style={{ gridTemplateColumns: `repeat(${tileGridSize.cols}, minmax(0, 1fr))` }} data-testid="stage-tiles">
      {tiles.map((tile) => {
        const place = { gridRow: tile.row + 1, gridColumn: tile.col + 1 };
        if (tile.status === "value") {
          const { figure } = tile;
          const label = m.tileLabel(nameOf(tile), formatUsd(figure.gdpPerCapitaUsd), localName(locale, figure.stage));
          const style = { ...place, background: stagePalette[figure.stage.order], color: stageTextColour[figure.stage.order] };
          return (
            <Link locale={locale} key={tile.code} href={`/regions/${figure.region.slug}`} className="tile" style={style} aria-label={label} title={label} data-stage={figure.stage.key}>
              <span className="tile__name">{nameOf(tile)}</span>
              <span className="tile__value">{formatUsd(figure.gdpPerCapitaUsd)}</span>
            </Link>
          );
        }
        const label = m.noFigureTile(nameOf(tile), tile.otherYears);
        return tile.slug ? (
          <Link locale={locale} key={tile.code} href={`/regions/${tile.slug}`} className="tile tile--no-data" style={place} aria-label={label} title={label} data-stage="none">
            <span className="tile__name">{nameOf(tile)}</span>
          </Link>
        ) : (
          <span key={tile.code} className="tile tile--no-data" style={place} aria-label={label} title={label} role="img" data-stage="none">
            <span className="tile__name">{nameOf(tile)}</span>
          </span>
        );
      })}
    </div>
  );
}
