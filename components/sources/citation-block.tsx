// A source's references to cite, GB/T 7714-2015 and APA 7, each as selectable text with a copy button.
import { CopyButton } from "./copy-button";
import type { Citation } from "@/lib/domain/citation";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

type CitationBlockProps = { locale: Locale; citation: Citation; withHeading?: boolean };

/** `withHeading: false` where the block sits under a summary that already names it (the list of sources). */
export function CitationBlock({ locale, citation, withHeading = true }: CitationBlockProps) {
  const m = getMessages(locale).sources.citation;
  // A reference keeps the source's own words (a Chinese title, Chinese authors) in every language: on an English
  // page one that has any is marked Chinese, which a screen reader's Chinese voice reads, English glosses included.
  const lang = (text: string) => (locale === "en" && /\p{Script=Han}/u.test(text) ? "zh-CN" : undefined);
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
              <p className="citation-text break-anywhere" data-testid={`citation-${s.key}`} lang={lang(s.text)}>{s.text}</p>
              <CopyButton text={s.text} label={m.copy(s.name)} copied={m.copied} failed={m.failed} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
