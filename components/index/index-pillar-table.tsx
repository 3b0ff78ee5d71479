// Pillar scores per province as a shaded table (lib/charts/index-pillar-table.ts): rows in rank order,
// one column per pillar, the number in every cell. Scrolls sideways inside its own box on a phone.
import Link from "@/components/ui/link";
import type { IndexDto } from "@/lib/api/composite-index";
import { pillarTableRows } from "@/lib/charts/index-pillar-table";
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";

type IndexPillarTableProps = { dto: IndexDto; pillars: { key: string; label: string }[] };

export function IndexPillarTable({ dto, pillars }: IndexPillarTableProps) {
  const m = indexPageMessages.pillars;
  const rows = pillarTableRows(
    dto.regions.map((r) => ({ slug: r.slug, name: r.nameZh, rank: r.rank, score: r.score, pillars: r.pillars })),
    pillars.map((p) => p.key),
  );
  return (
    <div className="table-wrap index-heat" tabIndex={0} role="region" aria-label={indexPageMessages.sections.pillars}>
      <table className="data" data-testid="index-pillar-table">
        <thead>
          <tr>
            <th scope="col">{m.rank}</th>
            <th scope="col">{m.region}</th>
            <th scope="col" className="num">{m.index}</th>
            {pillars.map((p) => <th key={p.key} scope="col" className="num">{p.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td className="num">{row.rank}</td>
              <th scope="row"><Link href={`/regions/${row.slug}`}>{row.name}</Link></th>
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
