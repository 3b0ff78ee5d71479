// A province's place among the provinces, one card per indicator with province figures: its latest figure,
// its rank that year ("第3位/31") and its gap to the national figure; without a figure, what to do next.
import Link from "@/components/ui/link";
import { ObservationValue } from "@/components/indicators/observation-value";
import { observationLabel } from "@/components/indicators/observation-label";
import { punctuation } from "@/lib/charts/punctuation";
import { nearbyProvinces } from "@/lib/domain/province-tiles";
import { onePer, preferFigure, standingOf, type NationalGap } from "@/lib/domain/region-rank";
import type { UnitCode } from "@/lib/domain/units";
import { getMessages } from "@/lib/i18n";
import { intlLocale, locales, type Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { StandingFigures } from "@/lib/queries/region-values";
import { sourceName } from "@/lib/domain/citation";

type ProvinceStandingsProps = { region: { slug: string; adminCode: string | null }; items: StandingFigures[]; locale: Locale };

/** Provinces shown as the next place to look when this one has no figure. */
const neighbourLinks = 2;

const oneDecimal = new Map(locales.map((l) => [l, new Intl.NumberFormat(intlLocale(l), { maximumFractionDigits: 1 })]));

function GapText({ gap, unit, year, locale }: { gap: NationalGap; unit: UnitCode; year: number; locale: Locale }) {
  const p = getMessages(locale).regions.profile;
  if (gap.status === "no-national") return <>{p.noNational(year)}</>;
  // A difference of two percentages is in percentage points.
  const amount = observationLabel(Math.abs(gap.difference), null, unit === "percent" ? "percentage-point" : unit, locale);
  const percent = gap.percent === null ? null : oneDecimal.get(locale)!.format(Math.abs(gap.percent));
  const text = gap.difference > 0 ? p.above(amount, percent) : gap.difference < 0 ? p.below(amount, percent) : p.even;
  return <>{text}<span className="note">{punctuation(locale).paren(p.national(observationLabel(gap.national, null, unit, locale)))}</span></>;
}

export function ProvinceStandings({ region, items, locale }: ProvinceStandingsProps) {
  const m = getMessages(locale);
  const p = m.regions.profile;
  return (
    <section className="section" aria-labelledby="standing-title">
      <h2 id="standing-title">{p.standingTitle}</h2>
      <p className="section__lead">{p.standingLead}</p>
      <div className="grid grid--cards">
        {items.map(({ indicator, year, provinces, national, provincesWithFigures }) => {
          const peers = onePer(provinces, (f) => f.region.slug);
          const own = peers.find((f) => f.region.slug === region.slug);
          const nationalFigure = national.reduce<(typeof national)[number] | undefined>(preferFigure, undefined);
          const standing = standingOf({ region: region.slug, figures: peers.map((f) => ({ region: f.region.slug, value: f.value })), national: nationalFigure?.value ?? null, higherIsBetter: indicator.higherIsBetter });
          if (standing.status === "no-figure" || !own || year === null) {
            const withFigures = new Map(provincesWithFigures.flatMap((r) => (r.adminCode ? [[r.adminCode, r] as const] : [])));
            const near = region.adminCode ? nearbyProvinces(region.adminCode).flatMap((t) => withFigures.get(t.code) ?? []).slice(0, neighbourLinks) : [];
            return (
              <article key={indicator.code} className="panel indicator-card standing-card standing-card--missing" data-testid={`standing-${indicator.code}`}>
                <h3 className="indicator-card__name">{localName(locale, indicator)}</h3>
                <p className="standing-card__missing">{p.missing}</p>
                <p className="indicator-card__note">{p.missingReason}</p>
                <p className="indicator-card__meta">
                  <span>{p.nextSteps}</span>
                  <Link locale={locale} href={`/regions?indicator=${indicator.code}#map`}>{p.mapLink}</Link>
                  {near.map((r) => <Link key={r.slug} locale={locale} href={`/regions/${r.slug}`}>{p.neighbourLink(localName(locale, r))}</Link>)}
                  <Link locale={locale} href="/admin/import">{p.importLink}</Link>
                </p>
              </article>
            );
          }
          return (
            <article key={indicator.code} className="panel indicator-card standing-card" data-testid={`standing-${indicator.code}`}>
              <h3 className="indicator-card__name">{localName(locale, indicator)}</h3>
              <ObservationValue className="indicator-card__value" value={own.value} qualifier={own.qualifier} unit={indicator.unit} locale={locale} />
              <dl className="standing-card__facts">
                <dt>{p.rankLabel(year)}</dt>
                <dd data-testid="standing-rank">
                  <Link locale={locale} href={`/regions?indicator=${indicator.code}&year=${year}#map`}>{p.rank(standing.rank, standing.of)}</Link>
                  {standing.tiedWith > 0 && p.tied(standing.tiedWith)}
                </dd>
                <dt>{p.gapLabel}</dt>
                <dd data-testid="standing-gap"><GapText gap={standing.gap} unit={indicator.unit} year={year} locale={locale} /></dd>
              </dl>
              <p className="indicator-card__meta">
                <span>{m.common.yearLabel(year)}</span>
                <span>{m.common.source}{punctuation(locale).colon}<Link locale={locale} href={`/sources/${own.source.slug}#obs-${own.id}`}>{sourceName(own.source, locale)}</Link></span>
              </p>
            </article>
          );
        })}
      </div>
    </section>
  );
}
