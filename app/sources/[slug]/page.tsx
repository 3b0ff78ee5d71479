import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { ObservationTable } from "@/components/observations/observation-table";
import { ExportLinks } from "@/components/observations/export-links";
import { CitationBlock } from "@/components/sources/citation-block";
import { StatisticSourceMeta } from "@/components/sources/statistic-source-meta";
import { citationOf, sourceName } from "@/lib/domain/citation";
import { localizedPath } from "@/lib/i18n/locales";
import { requestMessages } from "@/lib/i18n/request";
import { listObservations } from "@/lib/queries/observations";
import { getSource } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, m } = await requestMessages();
  const source = await getSource((await params).slug);
  return { title: source ? sourceName(source, locale) : m.notFound.title };
}

export default async function SourcePage({ params }: { params: Params }) {
  const { locale, m } = await requestMessages();
  const { slug } = await params;
  const source = await getSource(decodeURIComponent(slug));
  if (!source) notFound();
  // Addressed by file name: send the reader to the one canonical address.
  if (source.slug !== slug) redirect(localizedPath(locale, `/sources/${source.slug}`));
  const observations = await listObservations({ source: slug });
  const citation = citationOf(source);
  // English pages lead with the English title and give the Chinese one under it; the source's own fields
  // (authors, summary) are stored in Chinese only.
  const english = locale === "en" && source.titleEn ? source.titleEn : null;
  const zh = locale === "en" ? "zh-CN" : undefined;
  const shortTitle = locale === "en" ? source.shortTitleEn : source.shortTitleZh;
  return (
    <>
      <div className="page-head">
        <p className="note"><Link locale={locale} href="/sources">← {m.sources.back}</Link></p>
        {english ? (
          <>
            <h1>{english}</h1>
            <p lang="zh-CN">{source.titleZh}</p>
          </>
        ) : (
          <>
            <h1 lang={zh}>{source.titleZh}</h1>
            {source.titleEn && <p lang={locale === "en" ? undefined : "en"}>{source.titleEn}</p>}
          </>
        )}
      </div>
      <section className="panel">
        {source.kind === "statistics" ? (
          <StatisticSourceMeta locale={locale} source={source} />
        ) : (
        /* Sources named in imports have only a title; their other fields are blank. */
        <dl className="meta-list">
          {source.authors && <><dt>{m.sources.authors}</dt><dd lang={zh}>{source.authors}</dd></>}
          {source.organisation && <><dt>{m.sources.organisation}</dt><dd lang={zh}>{source.organisation}</dd></>}
          {source.published && <><dt>{m.sources.published}</dt><dd>{source.published}</dd></>}
        </dl>
        )}
        {shortTitle && <p className="note">{m.sources.shortTitle(shortTitle)}</p>}
        {source.summaryZh && <p lang={zh}>{source.summaryZh}</p>}
      </section>
      {citation && (
        <div className="section panel">
          <CitationBlock locale={locale} citation={citation} />
        </div>
      )}
      <section className="section panel" aria-labelledby="figures-title">
        <h2 id="figures-title">{m.sources.figures(observations.length)}</h2>
        <ExportLinks locale={locale} filter={{ source: source.slug }} />
        <ObservationTable locale={locale} observations={observations} hide={["source"]} anchors />
      </section>
    </>
  );
}
