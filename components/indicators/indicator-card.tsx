// One headline figure: name, value with qualifier and unit, what it means, year and source.
import Link from "@/components/ui/link";
import type { ObservationView } from "@/lib/queries/observations";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { punctuation } from "@/lib/charts/punctuation";
import { ObservationValue } from "./observation-value";
import { observationYearText } from "./observation-year";
import { sourceName } from "@/lib/domain/citation";

export function IndicatorCard({ observation: o, locale }: { observation: ObservationView; locale: Locale }) {
  const m = getMessages(locale).common;
  return (
    <article className="panel indicator-card" data-testid={`indicator-${o.indicator.code}`}>
      <h3 className="indicator-card__name">{localName(locale, o.indicator)}</h3>
      <ObservationValue className="indicator-card__value" value={o.value} qualifier={o.qualifier} unit={o.indicator.unit} locale={locale} />
      {/* What the figure means, as stored: written in Chinese only. */}
      <p className="indicator-card__note" lang={locale === "en" ? "zh-CN" : undefined}>{o.noteZh}</p>
      <p className="indicator-card__meta">
        <span>{observationYearText(o, locale)}</span>
        <span>
          {m.source}{punctuation(locale).colon}<Link locale={locale} href={`/sources/${o.source.slug}#obs-${o.id}`}>{sourceName(o.source, locale)}</Link>
        </span>
      </p>
    </article>
  );
}
