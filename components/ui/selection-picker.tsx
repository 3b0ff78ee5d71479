// A GET form of checkboxes whose state is the page's URL (?{name}=a&{name}=b): works without JavaScript
// and every selection can be shared as a link.
type Option = { value: string; label: string; hint?: string };

type SelectionPickerProps = {
  action: string;
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  error?: string;
  submitLabel: string;
};

export function SelectionPicker({ action, name, legend, options, selected, error, submitLabel }: SelectionPickerProps) {
  return (
    <form className="panel picker" method="get" action={action}>
      <fieldset aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
        <legend>{legend}</legend>
        <div className="picker__options">
          {options.map((o) => (
            <label key={o.value} className="picker__option">
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
              <span>{o.label}</span>
              {o.hint && <small className="note">{o.hint}</small>}
            </label>
          ))}
        </div>
        {error && <p className="field__error" id={`${name}-error`} role="alert">{error}</p>}
      </fieldset>
      <button className="button" type="submit">{submitLabel}</button>
    </form>
  );
}
