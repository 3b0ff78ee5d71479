"use client";
// A GET form of checkboxes whose state is the page's URL (?{name}=a&{name}=b): works without JavaScript
// and every selection can be shared as a link. Options may come in groups (each under its heading); with
// `filter`, a text box narrows the list as one types — shown only once JavaScript runs, since without it
// the plain list is the whole picker. Checked options always stay in view.
import { useState, useSyncExternalStore } from "react";

type Option = { value: string; label: string; hint?: string; group?: string; /** Extra text the filter matches (an English name). */ keywords?: string };

type SelectionPickerProps = {
  action: string;
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  error?: string;
  submitLabel: string;
  /** Group headings in display order; options of other groups follow under their own names. */
  groups?: { key: string; label: string }[];
  filter?: { label: string; placeholder: string; empty: string };
};

const subscribeToNothing = () => () => {};

function matches(option: Option, query: string): boolean {
  if (!query) return true;
  return [option.label, option.value, option.keywords ?? ""].some((text) => text.toLowerCase().includes(query));
}

export function SelectionPicker({ action, name, legend, options, selected, error, submitLabel, groups, filter }: SelectionPickerProps) {
  // False in the server's HTML and during hydration, true once the page runs scripts.
  const canFilter = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [query, setQuery] = useState("");
  const [checked, setChecked] = useState(() => new Set(selected));

  const needle = query.trim().toLowerCase();
  const isShown = (o: Option) => checked.has(o.value) || matches(o, needle);
  const sections = groups
    ? [...groups, ...[...new Set(options.map((o) => o.group ?? ""))].filter((g) => !groups.some((k) => k.key === g)).map((g) => ({ key: g, label: g }))]
        .map((g) => ({ ...g, options: options.filter((o) => (o.group ?? "") === g.key) }))
        .filter((g) => g.options.length > 0)
    : [{ key: "", label: "", options }];
  const visible = options.filter(isShown).length;

  const renderOption = (o: Option) => (
    <label key={o.value} className="picker__option" hidden={!isShown(o)}>
      <input
        type="checkbox"
        name={name}
        value={o.value}
        defaultChecked={selected.includes(o.value)}
        onChange={(event) => {
          const next = new Set(checked);
          if (event.target.checked) next.add(o.value);
          else next.delete(o.value);
          setChecked(next);
        }}
      />
      <span>{o.label}</span>
      {o.hint && <small className="note">{o.hint}</small>}
    </label>
  );

  return (
    <form className="panel picker" method="get" action={action}>
      <fieldset aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
        <legend>{legend}</legend>
        {filter && canFilter && (
          <label className="picker__filter">
            <span>{filter.label}</span>
            {/* No name: the filter text is not part of the selection in the URL. */}
            <input type="search" value={query} placeholder={filter.placeholder} onChange={(event) => setQuery(event.target.value)} data-testid={`${name}-filter`} />
          </label>
        )}
        {sections.map((section) =>
          section.label ? (
            <div key={section.key} className="picker__group" hidden={!section.options.some(isShown)} data-testid={`${name}-group-${section.key}`}>
              <h3 className="picker__group-title">{section.label}</h3>
              <div className="picker__options">{section.options.map(renderOption)}</div>
            </div>
          ) : (
            <div key={section.key} className="picker__options">{section.options.map(renderOption)}</div>
          ),
        )}
        {filter && visible === 0 && <p className="note" role="status">{filter.empty}</p>}
        {error && <p className="field__error" id={`${name}-error`} role="alert">{error}</p>}
      </fieldset>
      <button className="button" type="submit">{submitLabel}</button>
    </form>
  );
}
