"use client";
// The editor login form; the error appears next to the password field. It posts the page's locale, so the
// login goes on within the same language.
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { loginAction, type LoginState } from "@/lib/actions/editor";
import type { Locale } from "@/lib/i18n/locales";
import { LocaleField } from "./locale-field";

type LoginFormText = { password: string; signIn: string; errors: Record<string, string> };

export function LoginForm({ locale, t, next }: { locale: Locale; t: LoginFormText; next?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, null);
  const error = state?.error ? t.errors[state.error] : undefined;
  return (
    <form className="form panel" action={action}>
      <LocaleField locale={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="password" label={t.password} error={error} alert>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>{t.signIn}</button>
      </div>
    </form>
  );
}
