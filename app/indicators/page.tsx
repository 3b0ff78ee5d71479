import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { unitLabelZh } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { listIndicators } from "@/lib/queries/indicators";
import { directionText } from "@/components/indicators/direction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().indicators.title };

export default async function IndicatorsPage() {
  const m = getMessages();
  const t = m.indicators;
  const indicators = await listIndicators();
  const categories = [...new Set(indicators.map((i) => i.category))];
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
                      <Link href={`/indicators/${i.code}`}>{i.nameZh}</Link>
                      <br /><span className="note">{i.definitionZh}</span>
                    </td>
                    <td data-label={t.columns.unit}>{unitLabelZh(i.unit) || "—"}</td>
                    <td data-label={t.columns.direction}>{directionText(i.higherIsBetter)}</td>
                    <td data-label={t.columns.coverage}>{t.coverage(i.observationCount, i.regionCount)}</td>
                    <td data-label={t.columns.years}>{i.firstYear === null ? "—" : i.firstYear === i.lastYear ? i.firstYear : `${i.firstYear}—${i.lastYear}`}</td>
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
