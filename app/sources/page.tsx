import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CitationBlock } from "@/components/sources/citation-block";
import { StatisticSourceMeta } from "@/components/sources/statistic-source-meta";
import { citationOf, sourceName } from "@/lib/domain/citation";
import { getMessages } from "@/lib/i18n";
import { listSources, type SourceView } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().sources.title };

/** The references to cite, folded away: the list stays a list, and each card can still hand one over. */
function CiteDetails({ source }: { source: SourceView }) {
  const citation = citationOf(source);
  if (!citation) return null;
  return (
    <details className="more">
      <summary>{getMessages().sources.citation.title}</summary>
      <CitationBlock citation={citation} withHeading={false} />
    </details>
  );
}

export default async function SourcesPage() {
  const m = getMessages();
  const sources = await listSources();
  const documents = sources.filter((s) => s.kind === "document");
  const statistics = sources.filter((s) => s.kind === "statistics").sort((a, b) => a.slug.localeCompare(b.slug));
  // Sources named in analysts' imports (yearbooks and the like), and synthetic benchmark data if loaded.
  const others = sources.filter((s) => s.kind !== "document" && s.kind !== "statistics");
  return (
    <>
      <div className="page-head">
        <h1>{m.sources.title}</h1>
        <p>{m.sources.intro}</p>
      </div>
      <h2>{m.sources.documentsTitle}</h2>
      <div className="grid">
        {documents.map((s) => (
          <article key={s.slug} className="panel source-card" data-testid="document-source">
            <h3><Link href={`/sources/${s.slug}`}>{sourceName(s)}</Link></h3>
            <p className="note">{[s.authors, s.organisation, s.published].filter(Boolean).join(" · ")}</p>
            <p>{s.summaryZh}</p>
            <p className="note">{m.sources.figures(s.observationCount)}</p>
            <CiteDetails source={s} />
          </article>
        ))}
      </div>
      {statistics.length > 0 && (
        <section className="section" aria-labelledby="statistics-title">
          <h2 id="statistics-title">{m.sources.statisticsTitle}</h2>
          <p className="note">{m.sources.statisticsIntro}</p>
          <div className="grid">
            {statistics.map((s) => (
              <article key={s.slug} className="panel source-card break-anywhere" data-testid="statistic-source">
                <h3><Link href={`/sources/${s.slug}`}>{sourceName(s)}</Link></h3>
                <p className="note">{s.tableRef}</p>
                <StatisticSourceMeta source={s} />
                <p className="note">{m.sources.figures(s.observationCount)}</p>
                <CiteDetails source={s} />
              </article>
            ))}
          </div>
        </section>
      )}
      {others.length > 0 && (
        <section className="section panel" aria-labelledby="imported-title">
          <h2 id="imported-title">{m.sources.imported}</h2>
          <ul className="plain-list">
            {others.map((s) => (
              <li key={s.slug}>
                <Link href={`/sources/${s.slug}`}>{sourceName(s)}</Link> <span className="note">{m.sources.figures(s.observationCount)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
