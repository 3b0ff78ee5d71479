// One headline figure: name, value with qualifier and unit, what it means, year and source.
import Link from "@/components/ui/link";
import type { ObservationView } from "@/lib/queries/observations";
import { getMessages } from "@/lib/i18n";
import { ObservationValue } from "./observation-value";
import { observationYearText } from "./observation-year";
import { sourceName } from "@/lib/domain/citation";

export function IndicatorCard({ observation: o }: { observation: ObservationView }) {
  const m = getMessages().common;
  return (
    <article className="panel indicator-card" data-testid={`indicator-${o.indicator.code}`}>
      <h3 className="indicator-card__name">{o.indicator.nameZh}</h3>
      <ObservationValue className="indicator-card__value" value={o.value} qualifier={o.qualifier} unit={o.indicator.unit} />
      <p className="indicator-card__note">{o.noteZh}</p>
      <p className="indicator-card__meta">
        <span>{observationYearText(o)}</span>
        <span>
          {m.source}:<Link href={`/sources/${o.source.slug}#obs-${o.id}`}>{sourceName(o.source)}</Link>
        </span>
      </p>
    </article>
  );
}
