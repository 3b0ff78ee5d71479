import type { Metadata } from "next";
import { BatchForm } from "@/components/stage/batch-form";
import { maxBatchLines } from "@/lib/domain/batch";
import { getMessages } from "@/lib/i18n";

export const metadata: Metadata = { title: getMessages().batch.title };

export default function BatchPage() {
  const m = getMessages();
  const b = m.batch;
  return (
    <>
      <div className="page-head">
        <h1>{b.title}</h1>
        <p>{b.intro}</p>
      </div>
      <BatchForm
        t={{
          text: b.text,
          textHint: b.textHint(maxBatchLines),
          file: b.file,
          submit: b.submit,
          download: b.download,
          resultTitle: b.resultTitle,
          errorsTitle: b.errorsTitle,
          line: b.line,
          reasons: b.reasons,
          problems: b.problems,
          columns: b.columns,
          placeholder: b.placeholder,
        }}
      />
    </>
  );
}
