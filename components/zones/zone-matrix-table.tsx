// The comparison matrix in full: each cell says whether the documents report the row for the case,
// with the evidence in our words and its source, or plainly that nothing is reported.
import Link from "@/components/ui/link";
import type { MatrixRow } from "@/lib/domain/zone-matrix";
import { getMessages } from "@/lib/i18n";
import type { ZoneCaseView } from "@/lib/queries/zones";

type ZoneMatrixTableProps = { zones: ZoneCaseView[]; rows: MatrixRow[] };

const groups = ["chain", "mechanism", "practice"] as const;

export function ZoneMatrixTable({ zones, rows }: ZoneMatrixTableProps) {
  const m = getMessages();
  const z = m.zones;
  return (
    <div className="table-wrap">
      <table className="data matrix" data-testid="zone-matrix">
        <thead>
          <tr>
            <th scope="col" />
            {zones.map((zone) => <th key={zone.slug} scope="col">{zone.nameZh}</th>)}
          </tr>
        </thead>
        {groups.map((group) => {
          const groupRows = rows.filter((r) => r.category === group);
          if (groupRows.length === 0) return null;
          return (
            <tbody key={group}>
              <tr className="matrix__group"><th scope="rowgroup" colSpan={zones.length + 1}>{z.compare.groups[group]}</th></tr>
              {groupRows.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">{z.rows[row.key] ?? row.labelZh ?? row.key}</th>
                  {row.cells.map(({ slug, evidence }) => (
                    <td key={slug} className={evidence ? "matrix__cell matrix__cell--yes" : "matrix__cell"} data-reported={evidence ? "yes" : "no"}>
                      {evidence ? (
                        <>
                          <span className="matrix__mark">✓ {z.compare.reported}</span>
                          <span>{evidence.evidenceZh}</span>
                          <Link className="note" href={`/sources/${evidence.source.slug}`}>{evidence.locator}</Link>
                        </>
                      ) : (
                        <span className="note">{z.nothingReported}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
