// Year and growth rate for /stages: a plain GET form, so every view has its own address and works
// without JavaScript.
import { getMessages } from "@/lib/i18n";
import { localizedPath, type Locale } from "@/lib/i18n/locales";

type StagesFormProps = { locale: Locale; years: number[]; year: number | null; growth: string; growthError: string | null };

export function StagesForm({ locale, years, year, growth, growthError }: StagesFormProps) {
  const m = getMessages(locale).stages.form;
  return (
    <form className="form panel" method="get" action={localizedPath(locale, "/stages")} aria-label={m.label}>
      <div className="form__row">
        <div className="field">
          <label htmlFor="year">{m.year}</label>
          <select id="year" name="year" defaultValue={year ?? undefined}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="growth">{m.growth}</label>
          <input
            id="growth" name="growth" type="text" inputMode="decimal" autoComplete="off" defaultValue={growth}
            aria-invalid={growthError ? true : undefined} aria-describedby={growthError ? "growth-hint growth-error" : "growth-hint"}
          />
          <span className="field__hint" id="growth-hint">{m.growthHint}</span>
          {growthError && <span className="field__error" id="growth-error">{growthError}</span>}
        </div>
      </div>
      <button type="submit" className="button">{m.submit}</button>
    </form>
  );
}
