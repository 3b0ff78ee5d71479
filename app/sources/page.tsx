import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n";
import { listSources } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().sources.title };

export default async function SourcesPage() {
  const m = getMessages();
  const sources = await listSources();
  return (
    <>
      <div className="page-head">
        <h1>{m.sources.title}</h1>
        <p>{m.sources.intro}</p>
      </div>
      <div className="grid">
        {sources.map((s) => (
          <article key={s.slug} className="panel source-card">
            <h2><Link href={`/sources/${s.slug}`}>{s.titleZh}</Link></h2>
            <p className="note">{s.authors} · {s.organisation} · {s.published} · {s.file}</p>
            <p>{s.summaryZh}</p>
            <p className="note">{m.sources.figures(s.observationCount)}</p>
          </article>
        ))}
      </div>
    </>
  );
}
