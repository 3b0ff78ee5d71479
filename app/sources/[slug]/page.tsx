import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { ObservationTable } from "@/components/observations/observation-table";
import { ExportLinks } from "@/components/observations/export-links";
import { CitationBlock } from "@/components/sources/citation-block";
import { StatisticSourceMeta } from "@/components/sources/statistic-source-meta";
import { citationOf, sourceName } from "@/lib/domain/citation";
import { getMessages } from "@/lib/i18n";
import { listObservations } from "@/lib/queries/observations";
import { getSource } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = await getSource((await params).slug);
  return { title: source ? sourceName(source) : getMessages().notFound.title };
}

export default async function SourcePage({ params }: { params: Params }) {
  const m = getMessages();
  const { slug } = await params;
  const source = await getSource(decodeURIComponent(slug));
  if (!source) notFound();
  // Addressed by file name: send the reader to the one canonical address.
  if (source.slug !== slug) redirect(`/sources/${source.slug}`);
  const observations = await listObservations({ source: slug });
  const citation = citationOf(source);
  return (
    <>
      <div className="page-head">
        <p className="note"><Link href="/sources">← {m.sources.back}</Link></p>
        <h1>{source.titleZh}</h1>
        {source.titleEn && <p>{source.titleEn}</p>}
      </div>
      <section className="panel">
        {source.kind === "statistics" ? (
          <StatisticSourceMeta source={source} />
        ) : (
        /* Sources named in imports have only a title; their other fields are blank. */
        <dl className="meta-list">
          {source.authors && <><dt>{m.sources.authors}</dt><dd>{source.authors}</dd></>}
          {source.organisation && <><dt>{m.sources.organisation}</dt><dd>{source.organisation}</dd></>}
          {source.published && <><dt>{m.sources.published}</dt><dd>{source.published}</dd></>}
        </dl>
        )}
        {source.shortTitleZh && <p className="note">{m.sources.shortTitle(source.shortTitleZh)}</p>}
        {source.summaryZh && <p>{source.summaryZh}</p>}
      </section>
      {citation && (
        <div className="section panel">
          <CitationBlock citation={citation} />
        </div>
      )}
      <section className="section panel" aria-labelledby="figures-title">
        <h2 id="figures-title">{m.sources.figures(observations.length)}</h2>
        <ExportLinks filter={{ source: source.slug }} />
        <ObservationTable observations={observations} hide={["source"]} anchors />
      </section>
    </>
  );
}
