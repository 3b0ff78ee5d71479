// The international and regional S&T innovation centres, each with the note and source that names it.
import Link from "@/components/ui/link";
import type { CentreView } from "@/lib/queries/regions";
import { getMessages } from "@/lib/i18n";

export function InnovationCentres({ centres }: { centres: CentreView[] }) {
  const m = getMessages();
  const groups = [
    { designation: "international-innovation-centre", title: m.overview.internationalCentres },
    { designation: "regional-innovation-centre", title: m.overview.regionalCentres },
  ] as const;
  return (
    <div className="grid">
      {groups.map((group) => (
        <div key={group.designation}>
          <h3>{group.title}</h3>
          <ul className="centre-list" data-testid={group.designation}>
            {centres
              .filter((c) => c.designation === group.designation)
              .map((c) => (
                <li key={c.slug}>
                  <strong>{c.nameZh}</strong>
                  <span className="note">
                    {c.designationNoteZh}
                    {c.source && (
                      <>
                        {" · "}
                        <Link href={`/sources/${c.source.slug}`}>{m.common.source}</Link>
                      </>
                    )}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
