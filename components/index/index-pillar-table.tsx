// Pillar scores per province as a shaded table (lib/charts/index-pillar-table.ts): rows in rank order,
// one column per pillar, the number in every cell. Scrolls sideways inside its own box on a phone.
import Link from "@/components/ui/link";
import type { IndexDto } from "@/lib/api/composite-index";
import { pillarTableRows } from "@/lib/charts/index-pillar-table";
import { indexPageText } from "@/lib/index/messages";
import { specLabel, storedLang } from "@/lib/index/stored-text";
import type { Locale } from "@/lib/i18n/locales";

type IndexPillarTableProps = {
  locale: Locale;
  dto: IndexDto;
  /** The spec's pillars: each is headed by its English label on an English page, where it has one. */
  pillars: { key: string; label: string; labelEn?: string }[];
  /** Region slug → its name in the page's language. */
  regionNames: ReadonlyMap<string, string>;
};

export function IndexPillarTable({ locale, dto, pillars, regionNames }: IndexPillarTableProps) {
  const text = indexPageText(locale);
  const m = text.pillars;
  const rows = pillarTableRows(
    dto.regions.map((r) => ({ slug: r.slug, name: regionNames.get(r.slug) ?? r.nameZh, rank: r.rank, score: r.score, pillars: r.pillars })),
    pillars.map((p) => p.key),
  );
  return (
    <div className="table-wrap index-heat" tabIndex={0} role="region" aria-label={text.sections.pillars}>
      <table className="data" data-testid="index-pillar-table">
        <thead>
          <tr>
            <th scope="col">{m.rank}</th>
            <th scope="col">{m.region}</th>
            <th scope="col" className="num">{m.index}</th>
            {pillars.map((p) => {
              const label = specLabel(locale, p);
              return <th key={p.key} scope="col" className="num" lang={storedLang(locale, label)}>{label}</th>;
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td className="num">{row.rank}</td>
              <th scope="row"><Link locale={locale} href={`/regions/${row.slug}`}>{row.name}</Link></th>
              <td className="num index-heat__total">{row.score}</td>
              {row.cells.map((cell, i) => (
                <td
                  key={pillars[i]!.key}
                  className="num index-heat__cell"
                  style={cell.colour ? { background: cell.colour.fill, color: cell.colour.text } : undefined}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
