// The frameworks an editor can work from: built-in ones (view, export, copy) and saved ones (also edit,
// delete), one card each so the actions stay in view on a phone. Deleting posts to a server action, so
// it works without JavaScript too (it posts the page's locale, so the list it returns to is in the same language).
import Link from "@/components/ui/link";
import { deleteIndexSpecAction } from "@/lib/actions/index-specs";
import { storedLang } from "@/lib/index/stored-text";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import { intlLocale, type Locale } from "@/lib/i18n/locales";
import type { IndexSpecSummary } from "@/lib/queries/index-specs";
import type { SpecFormText } from "./index-spec-form";
import { LocaleField } from "./locale-field";

/** Saved times in Beijing time, as each language writes a date. */
const savedAtFormats = new Map<Locale, Intl.DateTimeFormat>();
function savedAtFormat(locale: Locale): Intl.DateTimeFormat {
  let format = savedAtFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
    savedAtFormats.set(locale, format);
  }
  return format;
}

export function IndexSpecList({ locale, specs, t }: { locale: Locale; specs: IndexSpecSummary[]; t: SpecFormText }) {
  const c = t.meta;
  return (
    <section className="section" aria-labelledby="spec-list-title">
      <h2 id="spec-list-title">{t.listTitle}</h2>
      <ul className="plain-list" style={{ gap: "0.8rem" }}>
        {specs.map((spec) => {
          const path = encodeURIComponent(spec.key);
          return (
            <li key={spec.key} className="panel" data-testid={`spec-row-${spec.key}`} aria-labelledby={`spec-${spec.key}-title`}>
              <h3 id={`spec-${spec.key}-title`} lang={storedLang(locale, spec.title)}>{spec.title}</h3>
              <p className="note" style={{ margin: "0.3rem 0 0.6rem" }}>
                <code>{spec.key}</code>
                {` · ${c.version} ${spec.version} · ${spec.builtin ? t.builtin : t.saved}`}
                {spec.savedAt && <> · {c.savedAt} <time dateTime={spec.savedAt.toISOString()}>{savedAtFormat(locale).format(spec.savedAt)}</time></>}
              </p>
              <div className="plain-list--inline">
                <Link locale={locale} href={`/index?spec=${path}`}>{t.view}</Link>
                <a href={`/api/v1/index/spec/${path}?download=1`} download>{t.exportJson}</a>
                <Link locale={locale} href={`/admin/index-specs/${path}${spec.builtin ? "" : "?copy=1"}`}>{t.copyFrom}</Link>
                {!spec.builtin && <Link locale={locale} href={`/admin/index-specs/${path}`}>{t.edit}</Link>}
                {!spec.builtin && (
                  <form action={deleteIndexSpecAction}>
                    <LocaleField locale={locale} />
                    <input type="hidden" name="key" value={spec.key} />
                    <button type="submit" className="link-button" aria-label={fill(t.removeLabel, { key: spec.key })}>{t.remove}</button>
                  </form>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
