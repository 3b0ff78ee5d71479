// A source's references to cite, GB/T 7714-2015 and APA 7, each as selectable text with a copy button.
import { CopyButton } from "./copy-button";
import type { Citation } from "@/lib/domain/citation";
import { getMessages } from "@/lib/i18n";

/** `withHeading: false` where the block sits under a summary that already names it (the list of sources). */
export function CitationBlock({ citation, withHeading = true }: { citation: Citation; withHeading?: boolean }) {
  const m = getMessages().sources.citation;
  const styles = [
    { key: "gbt", name: m.gbt, text: citation.gbt },
    { key: "apa", name: m.apa, text: citation.apa },
  ] as const;
  return (
    <section className="citation-block" aria-label={m.title}>
      {withHeading && <h2>{m.title}</h2>}
      <dl className="citation-list">
        {styles.map((s) => (
          <div key={s.key} className="citation-list__item">
            <dt>{s.name}</dt>
            <dd>
              <p className="citation-text break-anywhere" data-testid={`citation-${s.key}`}>{s.text}</p>
              <CopyButton text={s.text} label={m.copy(s.name)} copied={m.copied} failed={m.failed} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
