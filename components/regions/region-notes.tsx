// What the documents say about a region beyond its figures: programmes, institutions, context.
import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { RegionNoteView } from "@/lib/queries/regions";
import { punctuation } from "@/lib/charts/punctuation";
import { sourceName } from "@/lib/domain/citation";

const kindOrder: RegionNoteView["kind"][] = ["programme", "institution", "context"];

export function RegionNotes({ notes, locale }: { notes: RegionNoteView[]; locale: Locale }) {
  const { regions, common } = getMessages(locale);
  const p = regions.profile;
  // The notes' titles, texts and places in the documents are stored in Chinese only.
  const zh = locale === "en" ? "zh-CN" : undefined;
  return (
    <section className="section panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{p.notesTitle}</h2>
      {kindOrder.map((kind) => {
        const group = notes.filter((n) => n.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="note-group">
            <h3>{p.noteKinds[kind]}</h3>
            <dl className="note-list">
              {group.map((n) => (
                <div key={n.key} data-testid={`note-${n.key}`}>
                  <dt><span lang={zh}>{n.titleZh}</span>{n.period && <span className="note"> ({n.period})</span>}</dt>
                  <dd>
                    <span lang={zh}>{n.bodyZh}</span>{" "}
                    <span className="note">
                      {common.source}{punctuation(locale).colon}<Link locale={locale} href={`/sources/${n.source.slug}`}>{sourceName(n.source, locale)}</Link> · <span lang={zh}>{n.locator}</span>
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
