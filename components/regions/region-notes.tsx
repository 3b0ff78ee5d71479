// What the documents say about a region beyond its figures: programmes, institutions, context.
import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n";
import type { RegionNoteView } from "@/lib/queries/regions";
import { sourceName } from "@/lib/domain/citation";

const kindOrder: RegionNoteView["kind"][] = ["programme", "institution", "context"];

export function RegionNotes({ notes }: { notes: RegionNoteView[] }) {
  const p = getMessages().regions.profile;
  const m = getMessages().common;
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
                  <dt>{n.titleZh}{n.period && <span className="note"> ({n.period})</span>}</dt>
                  <dd>
                    {n.bodyZh}{" "}
                    <span className="note">
                      {m.source}:<Link href={`/sources/${n.source.slug}`}>{sourceName(n.source)}</Link> · {n.locator}
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
