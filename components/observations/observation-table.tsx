// Figures as a table: value with its qualifier and unit, year, and where in which document it stands.
// Pages choose the columns that are not already implied (a region page hides the region column).
// On phones each row becomes a small card whose cells carry their column's name (data-label): six columns
// of Chinese text squeezed into 390 px wrapped every few characters.
import Link from "@/components/ui/link";
import { ObservationValue } from "@/components/indicators/observation-value";
import { observationYearText } from "@/components/indicators/observation-year";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ObservationView } from "@/lib/queries/observations";
import { sourceName } from "@/lib/domain/citation";

type Column = "indicator" | "region" | "source" | "asWritten";

type ObservationTableProps = {
  observations: ObservationView[];
  locale: Locale;
  hide?: Column[];
  /** Anchor ids (obs-{id}) so a card or a chart can link to the exact row. */
  anchors?: boolean;
};

export function ObservationTable({ observations, locale, hide = [], anchors = false }: ObservationTableProps) {
  const m = getMessages(locale);
  const show = (c: Column) => !hide.includes(c);
  // The figure as written, its place in the document and what it means are stored in Chinese only.
  const zh = locale === "en" ? "zh-CN" : undefined;
  return (
    <div className="table-wrap">
      <table className="data data--stack">
        <thead>
          <tr>
            {show("indicator") && <th scope="col">{m.common.indicator}</th>}
            {show("region") && <th scope="col">{m.common.region}</th>}
            <th scope="col">{m.common.value}</th>
            <th scope="col">{m.common.year}</th>
            {show("asWritten") && <th scope="col">{m.sources.asWritten}</th>}
            {show("source") && <th scope="col">{m.common.source}</th>}
            <th scope="col">{m.common.locator}</th>
            <th scope="col">{m.sources.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o) => (
            <tr key={o.id} id={anchors ? `obs-${o.id}` : undefined}>
              {show("indicator") && <td data-label={m.common.indicator}><Link locale={locale} href={`/indicators/${o.indicator.code}`}>{localName(locale, o.indicator)}</Link></td>}
              {show("region") && <td data-label={m.common.region}><Link locale={locale} href={`/regions/${o.region.slug}`}>{localName(locale, o.region)}</Link></td>}
              <td className="num" data-label={m.common.value}><ObservationValue value={o.value} qualifier={o.qualifier} unit={o.indicator.unit} locale={locale} /></td>
              <td className="cell-year" data-label={m.common.year}>{observationYearText(o, locale)}</td>
              {show("asWritten") && <td data-label={m.sources.asWritten}><code lang={zh}>{o.valueText}</code></td>}
              {show("source") && <td data-label={m.common.source}><Link locale={locale} href={`/sources/${o.source.slug}#obs-${o.id}`}>{sourceName(o.source, locale)}</Link></td>}
              <td data-label={m.common.locator} lang={zh}>{o.locator}</td>
              <td data-label={m.sources.meaning} lang={zh}>{o.noteZh}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
