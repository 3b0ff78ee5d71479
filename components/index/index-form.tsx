// Framework and year for /index: a plain GET form, so every view has its own address and works without
// JavaScript.
import { indexPageText } from "@/lib/index/messages";
import { specTitle, storedLang } from "@/lib/index/stored-text";
import { localizedPath, type Locale } from "@/lib/i18n/locales";

type SpecChoice = { key: string; title: string; titleEn?: string | null; version: string };

type IndexFormProps = {
  locale: Locale;
  /** The frameworks to choose from, each by its English title on an English page where it has one. */
  specs: SpecChoice[];
  spec: string;
  years: { year: number; indicators: number }[];
  year: number | null;
  indicatorCount: number;
};

/** "科产融合指数（default，1.0.0）"; in English "… (default, 1.0.0)" (the spec's own title, its English one where it has one). */
const specOption = (locale: Locale, s: SpecChoice) => {
  const title = specTitle(locale, s);
  return locale === "en" ? `${title} (${s.key}, ${s.version})` : `${title}（${s.key}，${s.version}）`;
};

export function IndexForm({ locale, specs, spec, years, year, indicatorCount }: IndexFormProps) {
  const m = indexPageText(locale).form;
  return (
    <form className="form panel index-form" method="get" action={localizedPath(locale, "/index")} aria-label={m.label}>
      <div className="form__row">
        <div className="field">
          <label htmlFor="index-spec">{m.spec}</label>
          <select id="index-spec" name="spec" defaultValue={spec}>
            {specs.map((s) => <option key={s.key} value={s.key} lang={storedLang(locale, specTitle(locale, s))}>{specOption(locale, s)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="index-year">{m.year}</label>
          <select id="index-year" name="year" defaultValue={year ?? undefined}>
            {years.map((y) => <option key={y.year} value={y.year}>{m.yearOption(y.year, y.indicators, indicatorCount)}</option>)}
          </select>
        </div>
      </div>
      <button type="submit" className="button">{m.submit}</button>
    </form>
  );
}
