import type { Metadata } from "next";
import { BatchForm } from "@/components/stage/batch-form";
import { maxBatchLines } from "@/lib/domain/batch";
import { maxProjectionYears } from "@/lib/domain/projection";
import { gcr2014 } from "@/lib/domain/stage-scheme";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.batch.title };
}

export default async function BatchPage() {
  const { locale, m } = await requestMessages();
  const b = m.batch;
  // The rows carry the stage's key; the table names it in the page's language (the CSV download keeps its Chinese).
  const stageNames = Object.fromEntries(gcr2014.bands.map((band) => [band.key, localName(locale, band)]));
  return (
    <>
      <div className="page-head">
        <h1>{b.title}</h1>
        <p>{b.intro}</p>
      </div>
      <BatchForm locale={locale} t={b} stageNames={stageNames} maxLines={maxBatchLines} horizonYears={maxProjectionYears} />
    </>
  );
}
