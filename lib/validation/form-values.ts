// Form and query values as zod reads them: one helper for each job, shared by every schema and action.

/** Query strings and form fields arrive as text; a blank field counts as not given. */
export const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** FormData as a plain record for zod (first value of each field). */
export function formRecord(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries([...formData.keys()].map((key) => [key, formData.get(key)!]));
}

/**
 * The form a server action was posted with. useActionState calls an action with (previous state, form data);
 * a form posted without JavaScript that names the action by its id passes the form data alone. Anything else
 * (a hand-made post) is not a form: null, for the action to refuse.
 */
export function actionForm(first: unknown, second: unknown): FormData | null {
  if (second instanceof FormData) return second;
  if (first instanceof FormData) return first;
  return null;
}

/** URLSearchParams or Next's searchParams object → the plain record the schema reads (first value of each key). */
export function searchParamsRecord(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((k) => [k, params.get(k) ?? undefined] as const)
      : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries);
}
