import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ObservationValue } from "@/components/indicators/observation-value";
import { observationYearText } from "@/components/indicators/observation-year";
import { getMessages } from "@/lib/i18n";
import { listObservations } from "@/lib/queries/observations";
import { getSource } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = await getSource((await params).slug);
  return { title: source?.titleZh ?? getMessages().notFound.title };
}

export default async function SourcePage({ params }: { params: Params }) {
  const m = getMessages();
  const { slug } = await params;
  const source = await getSource(slug);
  if (!source) notFound();
  const observations = await listObservations({ source: slug });
  return (
    <>
      <div className="page-head">
        <p className="note"><Link href="/sources">← {m.sources.back}</Link></p>
        <h1>{source.titleZh}</h1>
        <p>{source.titleEn}</p>
      </div>
      <section className="panel">
        <dl className="meta-list">
          <dt>{m.sources.authors}</dt><dd>{source.authors}</dd>
          <dt>{m.sources.organisation}</dt><dd>{source.organisation}</dd>
          <dt>{m.sources.published}</dt><dd>{source.published}</dd>
          <dt>{m.sources.file}</dt><dd><code>{source.file}</code></dd>
        </dl>
        <p>{source.summaryZh}</p>
      </section>
      <section className="section panel" aria-labelledby="figures-title">
        <h2 id="figures-title">{m.sources.figures(observations.length)}</h2>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{m.common.indicator}</th>
                <th scope="col">{m.common.region}</th>
                <th scope="col">{m.common.value}</th>
                <th scope="col">{m.common.year}</th>
                <th scope="col">{m.sources.asWritten}</th>
                <th scope="col">{m.common.locator}</th>
                <th scope="col">{m.sources.meaning}</th>
              </tr>
            </thead>
            <tbody>
              {observations.map((o) => (
                <tr key={o.id} id={`obs-${o.id}`}>
                  <td>{o.indicator.nameZh}</td>
                  <td>{o.region.nameZh}</td>
                  <td className="num"><ObservationValue value={o.value} qualifier={o.qualifier} unit={o.indicator.unit} /></td>
                  <td>{observationYearText(o)}</td>
                  <td><code>{o.valueText}</code></td>
                  <td>{o.locator}</td>
                  <td>{o.noteZh}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
