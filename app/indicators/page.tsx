import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { rangeText } from "@/components/regions/value-legend";
import { unitLabel } from "@/lib/domain/units";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { listIndicators } from "@/lib/queries/indicators";
import { directionText } from "@/components/indicators/direction";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.indicators.title };
}

export default async function IndicatorsPage() {
  const { locale, m } = await requestMessages();
  const t = m.indicators;
  const indicators = await listIndicators();
  const categories = [...new Set(indicators.map((i) => i.category))];
  // Definitions are stored in Chinese only.
  const zh = locale === "en" ? "zh-CN" : undefined;
  return (
    <>
      <div className="page-head">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
      </div>
      {categories.map((category) => (
        <section key={category} className="section panel" aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>{t.categories[category] ?? category}</h2>
          <div className="table-wrap">
            <table className="data data--stack">
              <thead>
                <tr>
                  <th scope="col">{t.columns.name}</th>
                  <th scope="col">{t.columns.unit}</th>
                  <th scope="col">{t.columns.direction}</th>
                  <th scope="col">{t.columns.coverage}</th>
                  <th scope="col">{t.columns.years}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.filter((i) => i.category === category).map((i) => (
                  <tr key={i.code}>
                    <td className="stack-lead">
                      <Link locale={locale} href={`/indicators/${i.code}`}>{localName(locale, i)}</Link>
                      <br /><span className="note" lang={zh}>{i.definitionZh}</span>
                    </td>
                    <td data-label={t.columns.unit}>{unitLabel(i.unit, locale) || "—"}</td>
                    <td data-label={t.columns.direction}>{directionText(i.higherIsBetter, locale)}</td>
                    <td data-label={t.columns.coverage}>{t.coverage(i.observationCount, i.regionCount)}</td>
                    <td data-label={t.columns.years}>{i.firstYear === null ? "—" : i.firstYear === i.lastYear ? i.firstYear : rangeText(`${i.firstYear}`, `${i.lastYear}`, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
