// "Provinces by stage" on the overview: the latest year with converted figures, each band with its
// provinces (highest figure first), and the way to /stages. Plain markup: the overview ships no React.
import Link from "@/components/ui/link";
import { stagePalette, stageTextColour } from "@/lib/charts/theme";
import { formatUsd } from "@/lib/format";
import { getMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { localName, nameLang } from "@/lib/i18n/names";
import { punctuation } from "@/lib/charts/punctuation";
import type { ProvinceStages as ProvinceStagesData } from "@/lib/queries/overview";

/** The 31 mainland provincial-level divisions the statistical tables cover. */
const mainlandProvinces = 31;

export function ProvinceStages({ data, locale }: { data: ProvinceStagesData; locale: Locale }) {
  const m = getMessages(locale).overview;
  const p = punctuation(locale);
  if (!data) return <p className="note">{m.provincesNone}</p>;
  const total = data.groups.reduce((n, g) => n + g.regions.length, 0);
  return (
    <>
      <p className="note">{m.provincesLead}</p>
      {data.national && <p>{m.provincesNational(formatUsd(data.national.usd), localName(locale, { nameZh: data.national.stageNameZh, nameEn: data.national.stageNameEn }))}</p>}
      <div className="stage-strip" aria-hidden>
        {data.groups.filter((g) => g.regions.length > 0).map((g) => (
          <span key={g.key} style={{ flexGrow: g.regions.length, background: stagePalette[g.order], color: stageTextColour[g.order] }}>
            {g.regions.length}
          </span>
        ))}
      </div>
      <dl className="stage-groups" data-testid="province-stages">
        {data.groups.filter((g) => g.regions.length > 0).map((g) => (
          <div key={g.key}>
            <dt><span className="legend__swatch" style={{ background: stagePalette[g.order] }} aria-hidden />{localName(locale, g)}{p.colon}{m.provincesCount(g.regions.length)}</dt>
            <dd>
              {g.regions.map((f, i) => (
                <span key={f.slug}>{i > 0 && p.list}<Link locale={locale} href={`/regions/${f.slug}`} lang={nameLang(locale, f)}>{localName(locale, f)}</Link></span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      {total < mainlandProvinces && <p className="note">{m.provincesMissing(mainlandProvinces - total)}</p>}
      <p><Link locale={locale} href={`/stages?year=${data.year}`}>{m.openStages} →</Link></p>
    </>
  );
}
