// The stage query form. A plain GET form: the answer is rendered on the server from the URL, so it
// works without JavaScript and every result has a shareable address.
import { Field } from "@/components/ui/field";
import { getMessages } from "@/lib/i18n";
import { localizedPath, type Locale } from "@/lib/i18n/locales";
import type { StageFormValues } from "@/lib/validation/stage-form";

export type { StageFormValues };

type FieldProps = {
  name: Exclude<keyof StageFormValues, "scheme">;
  label: string;
  hint?: string;
  values: StageFormValues;
  errors: Record<string, string>;
  inputMode?: "decimal" | "numeric";
};

function NumberField({ name, label, hint, values, errors, inputMode = "decimal" }: FieldProps) {
  return (
    <Field id={name} label={label} hint={hint} error={errors[name]}>
      {(aria) => <input {...aria} name={name} type="text" inputMode={inputMode} autoComplete="off" defaultValue={values[name] ?? ""} />}
    </Field>
  );
}

export function StageForm({ locale, values, errors }: { locale: Locale; values: StageFormValues; errors: Record<string, string> }) {
  const m = getMessages(locale);
  const f = m.stage.form;
  const advancedOpen = Boolean(values.deflator || values.fx || values.population || errors.deflator || errors.fx || errors.population);
  const shared = { values, errors };
  // The answer's anchor rides along (the redirect that drops empty fields keeps it): on a phone the page opens at
  // the answer, not at the form again.
  return (
    <form className="form panel" method="get" action={`${localizedPath(locale, "/stage")}#answer`} aria-label={m.stage.title} noValidate>
      {Object.keys(errors).length > 0 && (
        <div className="error-summary" role="alert" data-testid="stage-errors">
          <strong>{f.errorsTitle}</strong>
          <ul>
            {/* One line per message: the both-figures message stands beside two fields but is said once here. */}
            {[...new Map(Object.entries(errors).map(([field, message]) => [message, field])).entries()].map(([message, field]) => (
              <li key={field}><a href={`#${field}`}>{message}</a></li>
            ))}
          </ul>
        </div>
      )}
      <div className="form__row">
        <NumberField name="gdp" label={f.gdp} hint={f.gdpHint} {...shared} />
        <NumberField name="growth" label={f.growth} hint={f.growthHint} {...shared} />
        <NumberField name="year" label={f.year} inputMode="numeric" {...shared} />
      </div>
      <div className="form__row">
        <NumberField name="cny" label={f.cny} hint={f.cnyHint} {...shared} />
        <NumberField name="rate" label={f.rate} hint={f.rateHint} {...shared} />
      </div>
      <details className="more" open={advancedOpen}>
        <summary>{f.advanced}</summary>
        <div className="form__row">
          <NumberField name="deflator" label={f.deflator} {...shared} />
          <NumberField name="fx" label={f.fx} {...shared} />
          <NumberField name="population" label={f.population} {...shared} />
        </div>
      </details>
      <div className="button-row">
        <button className="button" type="submit">{f.submit}</button>
        <a href={localizedPath(locale, "/stage?gdp=13953&growth=4.3&year=2025#answer")}>{f.example}</a>
      </div>
    </form>
  );
}
