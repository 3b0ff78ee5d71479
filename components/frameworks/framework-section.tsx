// A framework's section on the page: heading, what the visual shows, the visual, and a reading note.
import type { FrameworkKey } from "@/lib/validation/frameworks";

type FrameworkSectionProps = { frameworkKey: FrameworkKey; title: string; lead: string; note?: string; children: React.ReactNode };

export const frameworkSectionId = (key: FrameworkKey) => `fw-${key}`;

export function FrameworkSection({ frameworkKey, title, lead, note, children }: FrameworkSectionProps) {
  const id = frameworkSectionId(frameworkKey);
  return (
    <section className="section fw-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="section__lead">{lead}</p>
      <div className="panel fw-panel">{children}</div>
      {note && <p className="note fw-section__note">{note}</p>}
    </section>
  );
}
