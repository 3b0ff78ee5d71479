import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { observationLabel } from "@/components/indicators/observation-label";
import { observationYearText } from "@/components/indicators/observation-year";
import { RegionLinesChart } from "@/components/regions/region-lines-chart";
import { SelectionPicker } from "@/components/ui/selection-picker";
import { punctuation } from "@/lib/charts/punctuation";
import { buildComparisonSeries, compareRegions } from "@/lib/domain/region-comparison";
import { localizedPath } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { listObservations } from "@/lib/queries/observations";
import { nationalSlug } from "@/lib/queries/region-values";
import { findRegions, listRegions } from "@/lib/queries/regions";
import { parseSelection } from "@/lib/validation/compare";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.regions.compare.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CompareRegionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const c = m.regions.compare;
  const list = punctuation(locale).list;
  const selection = parseSelection((await searchParams).r, 2, 6);
  const [all, chosen] = await Promise.all([listRegions(), findRegions(selection.slugs)]);
  const found = new Set(chosen.map((r) => r.slug));
  const unknown = selection.slugs.filter((s) => !found.has(s));
  const ready = selection.ok && unknown.length === 0;
  const error = !selection.ok
    ? { "too-few": c.tooFew, "too-many": c.tooMany, "bad-slug": c.unknown(String((await searchParams).r)) }[selection.problem]
    : unknown.length > 0 ? c.unknown(unknown.join(list)) : undefined;
  const touched = (await searchParams).r !== undefined;

  const slugs = chosen.map((r) => r.slug);
  // The national figures come along as the charts' reference line, whether or not the nation is selected.
  const figures = ready ? await listObservations({ regions: [...new Set([...slugs, nationalSlug])] }) : [];
  const rows = compareRegions(slugs, figures.filter((f) => slugs.includes(f.region.slug)));
  const shared = rows.filter((r) => r.reportedBy >= 2);
  const series = buildComparisonSeries(slugs, figures, nationalSlug);
  const nameOf = new Map(chosen.map((r) => [r.slug, localName(locale, r)]));
  // The filter matches a region's name in either language (and its slug, the pinyin), whichever is shown.
  const options = all
    .filter((r) => r.observationCount > 0 || selection.slugs.includes(r.slug))
    .map((r) => ({
      value: r.slug,
      label: localName(locale, r),
      hint: m.regions.figures(r.observationCount),
      group: r.slug === nationalSlug ? "national" : r.level,
      keywords: locale === "en" ? r.nameZh : r.nameEn,
    }));
  const groups = Object.entries(c.levels).map(([key, label]) => ({ key, label }));

  return (
    <>
      <div className="page-head">
        <p className="note"><Link locale={locale} href="/regions">← {m.regions.profile.back}</Link></p>
        <h1>{c.title}</h1>
        <p>{c.intro}</p>
      </div>

      <SelectionPicker
        action={localizedPath(locale, "/regions/compare")}
        name="r"
        legend={c.pick}
        options={options}
        groups={groups}
        filter={{ label: c.filter, placeholder: c.filterPlaceholder, empty: c.filterEmpty }}
        selected={selection.slugs}
        error={touched ? error : undefined}
        submitLabel={c.submit}
      />

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
                    {chosen.map((r) => <th key={r.slug} scope="col"><Link locale={locale} href={`/regions/${r.slug}`}>{localName(locale, r)}</Link></th>)}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.indicator.code} className={row.reportedBy >= 2 ? "row--shared" : undefined}>
                      <th scope="row"><Link locale={locale} href={`/indicators/${row.indicator.code}`}>{localName(locale, row.indicator)}</Link></th>
                      {row.cells.map(({ region, figure }) => (
                        <td key={region} className="num">
                          {figure ? (
                            <>
                              {observationLabel(figure.value, figure.qualifier, figure.indicator.unit, locale)}
                              <br /><Link locale={locale} className="note" href={`/sources/${figure.source.slug}#obs-${figure.id}`}>{observationYearText(figure, locale)}</Link>
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

          {series.length > 0 && (
            <section className="section" aria-labelledby="compare-charts-title">
              <h2 id="compare-charts-title">{c.chartsTitle}</h2>
              <div className="grid grid--halves">
                {series.map((s) => {
                  const drawn = new Set(s.lines.map((l) => l.region));
                  if (s.reference) drawn.add(nationalSlug);
                  return (
                    <section key={s.indicator.code} className="panel">
                      <RegionLinesChart series={s} names={nameOf} notReporting={chosen.filter((r) => !drawn.has(r.slug)).map((r) => localName(locale, r))} locale={locale} />
                    </section>
                  );
                })}
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}
