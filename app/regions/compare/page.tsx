import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RegionBarsChart } from "@/components/charts/series-charts";
import { observationLabel } from "@/components/indicators/observation-label";
import { SelectionPicker } from "@/components/ui/selection-picker";
import { compareRegions } from "@/lib/domain/region-comparison";
import { getMessages } from "@/lib/i18n";
import { listObservations } from "@/lib/queries/observations";
import { findRegions, listRegions } from "@/lib/queries/regions";
import { parseSelection } from "@/lib/validation/compare";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().regions.compare.title };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CompareRegionsPage({ searchParams }: { searchParams: SearchParams }) {
  const m = getMessages();
  const c = m.regions.compare;
  const selection = parseSelection((await searchParams).r, 2, 6);
  const [all, chosen] = await Promise.all([listRegions(), findRegions(selection.slugs)]);
  const unknown = selection.slugs.filter((s) => !chosen.some((r) => r.slug === s));
  const ready = selection.ok && unknown.length === 0;
  const error = !selection.ok
    ? { "too-few": c.tooFew, "too-many": c.tooMany, "bad-slug": c.unknown(String((await searchParams).r)) }[selection.problem]
    : unknown.length > 0 ? c.unknown(unknown.join(", ")) : undefined;
  const touched = (await searchParams).r !== undefined;

  const rows = ready ? compareRegions(chosen.map((r) => r.slug), await listObservations({ regions: chosen.map((r) => r.slug) })) : [];
  const shared = rows.filter((r) => r.reportedBy >= 2);
  const nameOf = new Map(chosen.map((r) => [r.slug, r.nameZh]));
  const options = all
    .filter((r) => r.observationCount > 0 || selection.slugs.includes(r.slug))
    .map((r) => ({ value: r.slug, label: r.nameZh, hint: m.regions.figures(r.observationCount) }));

  return (
    <>
      <div className="page-head">
        <p className="note"><Link href="/regions">← {m.regions.profile.back}</Link></p>
        <h1>{c.title}</h1>
        <p>{c.intro}</p>
      </div>

      <SelectionPicker action="/regions/compare" name="r" legend={c.pick} options={options} selected={selection.slugs} error={touched ? error : undefined} submitLabel={c.submit} />

      {ready && (
        <>
          <section className="section panel" aria-labelledby="compare-table-title">
            <h2 id="compare-table-title">{shared.length > 0 ? c.shared : c.others}</h2>
            {shared.length === 0 && <p className="note">{c.sharedNone}</p>}
            <div className="table-wrap">
              <table className="data" data-testid="region-compare-table">
                <thead>
                  <tr>
                    <th scope="col">{m.common.indicator}</th>
                    {chosen.map((r) => <th key={r.slug} scope="col"><Link href={`/regions/${r.slug}`}>{r.nameZh}</Link></th>)}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.indicator.code} className={row.reportedBy >= 2 ? "row--shared" : undefined}>
                      <th scope="row"><Link href={`/indicators/${row.indicator.code}`}>{row.indicator.nameZh}</Link></th>
                      {row.cells.map(({ region, figure }) => (
                        <td key={region} className="num">
                          {figure ? (
                            <>
                              {observationLabel(figure.value, figure.qualifier, figure.indicator.unit)}
                              <br /><Link className="note" href={`/sources/${figure.source.slug}#obs-${figure.id}`}>{m.common.yearLabel(figure.year)}</Link>
                            </>
                          ) : <span className="note">{c.missing}</span>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          {shared.length > 0 && (
            <div className="grid grid--halves section">
              {shared.map((row) => (
                <section key={row.indicator.code} className="panel">
                  <RegionBarsChart
                    id={`compare-${row.indicator.code}`}
                    title={c.chartTitle(row.indicator.nameZh)}
                    bars={row.cells.flatMap(({ region, figure }) =>
                      figure ? [{ region: nameOf.get(region) ?? region, value: figure.value, label: observationLabel(figure.value, figure.qualifier, figure.indicator.unit) }] : [],
                    )}
                  />
                </section>
              ))}
            </div>
          )}
        </>
      )}
    </>
  );
}
