import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { SelectionPicker } from "@/components/ui/selection-picker";
import { CoverageHeatmap } from "@/components/zones/coverage-heatmap";
import { featureLabel } from "@/components/zones/zone-card";
import { ZoneMatrixTable } from "@/components/zones/zone-matrix-table";
import { ZoneMetrics } from "@/components/zones/zone-metrics";
import { punctuation } from "@/lib/charts/punctuation";
import { buildZoneMatrix, featuresOf, reportedCounts } from "@/lib/domain/zone-matrix";
import { localizedPath } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { findZoneCases, listZoneCases } from "@/lib/queries/zones";
import { parseSelection } from "@/lib/validation/compare";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.zones.compare.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CompareZonesPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const z = m.zones;
  const p = punctuation(locale);
  const c = z.compare;
  const raw = (await searchParams).z;
  const selection = parseSelection(raw, 2, 4);
  const [all, chosen] = await Promise.all([listZoneCases(), findZoneCases(selection.slugs)]);
  const unknown = selection.slugs.filter((s) => !chosen.some((zone) => zone.slug === s));
  const ready = selection.ok && unknown.length === 0;
  const error = !selection.ok
    ? { "too-few": c.tooFew, "too-many": c.tooMany, "bad-slug": c.unknown(String(raw)) }[selection.problem]
    : unknown.length > 0 ? c.unknown(unknown.join(", ")) : undefined;

  const rows = ready ? buildZoneMatrix(chosen) : [];
  const counts = reportedCounts(rows);
  const zoneName = (zone: (typeof chosen)[number]) => localName(locale, zone);

  return (
    <>
      <div className="page-head">
        <p className="note"><Link locale={locale} href="/zones">← {z.title}</Link></p>
        <h1>{c.title}</h1>
        <p>{c.intro}</p>
      </div>

      <SelectionPicker
        action={localizedPath(locale, "/zones/compare")}
        name="z"
        legend={c.pick}
        options={all.map((zone) => ({ value: zone.slug, label: localName(locale, zone), keywords: locale === "en" ? zone.nameZh : zone.nameEn }))}
        selected={selection.slugs}
        error={raw !== undefined ? error : undefined}
        submitLabel={c.submit}
      />

      {ready && (
        <>
          <section className="section panel">
            <CoverageHeatmap
              locale={locale}
              grid={{
                columns: chosen.map(zoneName),
                rows: rows.map((row) => z.rows[row.key] ?? (row.labelZh ? localName(locale, { nameZh: row.labelZh, nameEn: row.labelEn }) : row.key)),
                reported: rows.map((row) => row.cells.map((cell) => cell.evidence !== null)),
              }}
            />
            <p className="note" data-testid="zone-counts">
              {chosen.map((zone) => `${zoneName(zone)}${p.colon}${c.counts(counts.get(zone.slug) ?? 0, rows.length)}`).join(" · ")}
            </p>
          </section>

          <section className="section panel" aria-labelledby="matrix-title">
            <h2 id="matrix-title">{c.matrixTitle}</h2>
            <ZoneMatrixTable locale={locale} zones={chosen} rows={rows} />
          </section>

          <section className="section panel" aria-labelledby="lists-title">
            <h2 id="lists-title">{c.listsTitle}</h2>
            <div className="compare-columns" style={{ gridTemplateColumns: `repeat(${chosen.length}, minmax(0, 1fr))` }}>
              {chosen.map((zone) => (
                <div key={zone.slug}>
                  <h3>{zoneName(zone)}</h3>
                  {(["industry", "institution"] as const).map((category) => {
                    const items = featuresOf(zone, category);
                    return (
                      <p key={category}>
                        <span className="note">{z.sections[category]}{p.colon}</span>
                        {items.length > 0
                          ? items.map((f, i) => {
                              const label = featureLabel(locale, f);
                              return <span key={f.key}>{i > 0 && p.list}<span lang={label.lang}>{label.text}</span></span>;
                            })
                          : <span className="note">{z.nothingReported}</span>}
                      </p>
                    );
                  })}
                </div>
              ))}
            </div>
          </section>

          <section className="section panel" aria-labelledby="metrics-title">
            <h2 id="metrics-title">{c.metricsTitle}</h2>
            <ZoneMetrics locale={locale} zones={chosen} />
          </section>
        </>
      )}
    </>
  );
}
