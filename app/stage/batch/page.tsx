import type { Metadata } from "next";
import { BatchForm } from "@/components/stage/batch-form";
import { maxBatchLines } from "@/lib/domain/batch";
import { maxProjectionYears } from "@/lib/domain/projection";
import { getMessages } from "@/lib/i18n";

export const metadata: Metadata = { title: getMessages().batch.title };

export default function BatchPage() {
  const b = getMessages().batch;
  return (
    <>
      <div className="page-head">
        <h1>{b.title}</h1>
        <p>{b.intro}</p>
      </div>
      <BatchForm t={b} maxLines={maxBatchLines} horizonYears={maxProjectionYears} />
    </>
  );
}
