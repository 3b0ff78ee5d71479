// The international and regional S&T innovation centres, each with the note and source that names it.
import Link from "@/components/ui/link";
import type { CentreView } from "@/lib/queries/regions";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";

export function InnovationCentres({ centres, locale }: { centres: CentreView[]; locale: Locale }) {
  const m = getMessages(locale);
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
                  <strong>{localName(locale, c)}</strong>
                  <span className="note">
                    {/* The designation as the plan words it: stored in Chinese only. */}
                    <span lang={locale === "en" ? "zh-CN" : undefined}>{c.designationNoteZh}</span>
                    {c.source && (
                      <>
                        {" · "}
                        <Link locale={locale} href={`/sources/${c.source.slug}`}>{m.common.source}</Link>
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
