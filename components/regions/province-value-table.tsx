// The map's values as a table (the accessible alternative to the tiles): each province's figure, unit, rank
// and source, then those without a figure and why. Its CSV button is served by the charts' download script
// (lib/client/chart-downloads.ts), which reads the table of the enclosing figure; numeric cells stay numbers.
import Link from "@/components/ui/link";
import type { ChoroplethTile } from "@/lib/domain/province-tiles";
import { punctuation } from "@/lib/charts/punctuation";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { RegionFigure } from "@/lib/queries/region-values";
import { sourceName } from "@/lib/domain/citation";

type ProvinceValueTableProps = {
  rows: ChoroplethTile<RegionFigure>[];
  unitLabel: string;
  ranked: number;
  caption: string;
  /** A province's name in the page's language. */
  nameOf: (tile: ChoroplethTile<RegionFigure>) => string;
  reasonOf: (tile: ChoroplethTile<RegionFigure>) => string;
  locale: Locale;
};

export function ProvinceValueTable({ rows, unitLabel, ranked, caption, nameOf, reasonOf, locale }: ProvinceValueTableProps) {
  const m = getMessages(locale);
  const t = m.regions.map;
  return (
    <div className="table-wrap">
      <table className="data" data-testid="province-value-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.province}</th>
            <th scope="col">{t.columns.value}</th>
            <th scope="col">{t.columns.unit}</th>
            <th scope="col">{t.columns.rank}{punctuation(locale).paren(String(ranked))}</th>
            <th scope="col">{t.columns.source}</th>
            <th scope="col">{t.columns.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((tile) => (
            <tr key={tile.code}>
              <th scope="row">{tile.slug ? <Link locale={locale} href={`/regions/${tile.slug}`}>{nameOf(tile)}</Link> : nameOf(tile)}</th>
              {tile.status === "value" ? (
                <>
                  <td className="num">{tile.figure.value}</td>
                  <td>{unitLabel}</td>
                  <td className="num">{tile.rank}</td>
                  <td><Link locale={locale} href={`/sources/${tile.figure.source.slug}#obs-${tile.figure.id}`}>{sourceName(tile.figure.source, locale)}</Link></td>
                  <td>{tile.figure.qualifier ? (m.qualifiers[tile.figure.qualifier] ?? tile.figure.qualifier) : ""}</td>
                </>
              ) : (
                <>
                  <td>{t.noData}</td>
                  <td>{unitLabel}</td>
                  <td />
                  <td />
                  <td>{reasonOf(tile)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
