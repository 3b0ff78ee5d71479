// The comparison matrix in full: each cell says whether the documents report the row for the case,
// with the evidence in our words and its source, or plainly that nothing is reported.
import Link from "@/components/ui/link";
import type { MatrixRow } from "@/lib/domain/zone-matrix";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName, nameLang } from "@/lib/i18n/names";
import type { ZoneCaseView } from "@/lib/queries/zones";

type ZoneMatrixTableProps = { locale: Locale; zones: ZoneCaseView[]; rows: MatrixRow[] };

const groups = ["chain", "mechanism", "practice"] as const;

/** A row's name: the four chains' and mechanisms' from the catalogue, a named practice's from the store (marked
 *  Chinese on an English page when it has no English name). */
function RowHeader({ locale, row, fixed }: { locale: Locale; row: MatrixRow; fixed: string | undefined }) {
  if (fixed !== undefined || !row.labelZh) return <th scope="row">{fixed ?? row.key}</th>;
  const name = { nameZh: row.labelZh, nameEn: row.labelEn };
  return <th scope="row" lang={nameLang(locale, name)}>{localName(locale, name)}</th>;
}

export function ZoneMatrixTable({ locale, zones, rows }: ZoneMatrixTableProps) {
  const z = getMessages(locale).zones;
  // The evidence and its place in the document are the documents' Chinese.
  const zh = locale === "en" ? "zh-CN" : undefined;
  return (
    <div className="table-wrap">
      <table className="data matrix" data-testid="zone-matrix">
        <thead>
          <tr>
            <th scope="col" />
            {zones.map((zone) => <th key={zone.slug} scope="col">{localName(locale, zone)}</th>)}
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
                  <RowHeader locale={locale} row={row} fixed={z.rows[row.key]} />
                  {row.cells.map(({ slug, evidence }) => (
                    <td key={slug} className={evidence ? "matrix__cell matrix__cell--yes" : "matrix__cell"} data-reported={evidence ? "yes" : "no"}>
                      {evidence ? (
                        <>
                          <span className="matrix__mark">✓ {z.compare.reported}</span>
                          <span lang={zh}>{evidence.evidenceZh}</span>
                          <Link locale={locale} className="note" href={`/sources/${evidence.source.slug}`} lang={zh}>{evidence.locator}</Link>
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
