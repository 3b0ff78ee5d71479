// One form field as the site lays it out: a label, the control, an optional hint and an error next to it,
// wired for screen readers (aria-invalid, aria-describedby naming the hint and the error). The control is
// passed as a render function that gets those attributes, so any input, select or file field fits.
import type { ReactNode } from "react";

export type FieldAria = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/** The attributes a control needs when its hint and error stand at `${id}-hint` and `${id}-error`. */
export function fieldAria(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }): FieldAria {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Announce the error as soon as it appears (a refusal after a submit, not a message shown while typing). */
  alert?: boolean;
  className?: string;
  children: (aria: FieldAria) => ReactNode;
};

export function Field({ id, label, hint, error, alert = false, className = "field", children }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children(fieldAria(id, { hint, error }))}
      {hint && <span className="field__hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="field__error" id={`${id}-error`} role={alert ? "alert" : undefined}>{error}</span>}
    </div>
  );
}
