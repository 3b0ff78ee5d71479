// The map's indicator and year as a GET form (?indicator=&year=): works without JavaScript, and every view
// is a link. The years listed are the shown indicator's; another indicator's default year applies when only
// the indicator changes (the page falls back and says so).
import { getMessages } from "@/lib/i18n";
import { localizedPath, type Locale } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import type { ProvinceIndicator } from "@/lib/queries/region-values";

type ProvinceMapPickerProps = { indicators: ProvinceIndicator[]; indicator: ProvinceIndicator; year: number; locale: Locale };

export function ProvinceMapPicker({ indicators, indicator, year, locale }: ProvinceMapPickerProps) {
  const t = getMessages(locale).regions.map;
  return (
    <form className="map-picker" method="get" action={localizedPath(locale, "/regions")} aria-label={t.pickerLegend}>
      <label className="map-picker__field">
        <span>{t.indicator}</span>
        <select name="indicator" defaultValue={indicator.code}>
          {indicators.map((i) => <option key={i.code} value={i.code}>{t.indicatorOption(localName(locale, i), i.figureCount)}</option>)}
        </select>
      </label>
      <label className="map-picker__field">
        <span>{t.year}</span>
        <select name="year" defaultValue={String(year)}>
          {[...indicator.years].reverse().map((y) => <option key={y.year} value={y.year}>{t.yearOption(y.year, y.provinces)}</option>)}
        </select>
      </label>
      <button className="button" type="submit">{t.submit}</button>
    </form>
  );
}
