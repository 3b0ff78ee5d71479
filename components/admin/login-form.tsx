"use client";
// The editor login form; the error appears next to the password field.
import { useActionState } from "react";
import { loginAction, type LoginState } from "@/lib/actions/editor";

type LoginFormText = { password: string; signIn: string; errors: Record<string, string> };

export function LoginForm({ t, next }: { t: LoginFormText; next?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, null);
  const error = state?.error ? t.errors[state.error] : undefined;
  return (
    <form className="form panel" action={action}>
      {next && <input type="hidden" name="next" value={next} />}
      <div className="field">
        <label htmlFor="password">{t.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "password-error" : undefined}
        />
        {error && <span className="field__error" id="password-error" role="alert">{error}</span>}
      </div>
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>{t.signIn}</button>
      </div>
    </form>
  );
}
