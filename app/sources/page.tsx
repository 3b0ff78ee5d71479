import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CitationBlock } from "@/components/sources/citation-block";
import { StatisticSourceMeta } from "@/components/sources/statistic-source-meta";
import { citationOf, sourceName, sourceNameLang } from "@/lib/domain/citation";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { requestMessages } from "@/lib/i18n/request";
import { listSources, type SourceView } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.sources.title };
}

/** The references to cite, folded away: the list stays a list, and each card can still hand one over. */
function CiteDetails({ locale, source }: { locale: Locale; source: SourceView }) {
  const citation = citationOf(source);
  if (!citation) return null;
  return (
    <details className="more">
      <summary>{getMessages(locale).sources.citation.title}</summary>
      <CitationBlock locale={locale} citation={citation} withHeading={false} />
    </details>
  );
}

/** A source's name as a link to its page, marked Chinese where an English page has no English name for it. */
function SourceLink({ locale, source }: { locale: Locale; source: SourceView }) {
  const lang = sourceNameLang(source, locale);
  return <Link locale={locale} href={`/sources/${source.slug}`} lang={lang === locale ? undefined : lang}>{sourceName(source, locale)}</Link>;
}

export default async function SourcesPage() {
  const { locale, m } = await requestMessages();
  // Authors, organisations, summaries and table names are stored in Chinese only.
  const zh = locale === "en" ? "zh-CN" : undefined;
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
            <h3><SourceLink locale={locale} source={s} /></h3>
            <p className="note" lang={zh}>{[s.authors, s.organisation, s.published].filter(Boolean).join(" · ")}</p>
            <p lang={zh}>{s.summaryZh}</p>
            <p className="note">{m.sources.figures(s.observationCount)}</p>
            <CiteDetails locale={locale} source={s} />
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
                <h3><SourceLink locale={locale} source={s} /></h3>
                <p className="note" lang={zh}>{s.tableRef}</p>
                <StatisticSourceMeta locale={locale} source={s} />
                <p className="note">{m.sources.figures(s.observationCount)}</p>
                <CiteDetails locale={locale} source={s} />
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
                <SourceLink locale={locale} source={s} /> <span className="note">{m.sources.figures(s.observationCount)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
