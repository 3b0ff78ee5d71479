// Framework and year for /index: a plain GET form, so every view has its own address and works without
// JavaScript.
import { indexPageMessages } from "@/lib/i18n/zh-CN-index-page";

type IndexFormProps = {
  specs: { key: string; title: string; version: string }[];
  spec: string;
  years: { year: number; indicators: number }[];
  year: number | null;
  indicatorCount: number;
};

export function IndexForm({ specs, spec, years, year, indicatorCount }: IndexFormProps) {
  const m = indexPageMessages.form;
  return (
    <form className="form panel index-form" method="get" action="/index" aria-label={m.label}>
      <div className="form__row">
        <div className="field">
          <label htmlFor="index-spec">{m.spec}</label>
          <select id="index-spec" name="spec" defaultValue={spec}>
            {specs.map((s) => <option key={s.key} value={s.key}>{s.title}（{s.key}，{s.version}）</option>)}
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
