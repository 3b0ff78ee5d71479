import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { localizedRedirect } from "@/lib/actions/locale";
import { editorState } from "@/lib/auth/editor";
import { isSameOriginPath, safeNextPath } from "@/lib/auth/next-path";
import { requestMessages } from "@/lib/i18n/request";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.editor.loginTitle, robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const t = m.editor;
  const state = await editorState();
  const given = (await searchParams).next;
  // Only a path on this site is carried into the form (and followed); anything else means the import page.
  const next = typeof given === "string" && isSameOriginPath(given) ? given : undefined;
  if (state === "signed-in") redirect(localizedRedirect(locale, safeNextPath(next)));
  return (
    <>
      <div className="page-head">
        <h1>{t.loginTitle}</h1>
        <p>{t.loginIntro}</p>
      </div>
      {state === "disabled" ? (
        <p className="panel note" data-testid="writes-disabled">{t.disabled}</p>
      ) : (
        <LoginForm locale={locale} t={{ password: t.password, signIn: t.signIn, errors: t.errors }} next={next} />
      )}
    </>
  );
}
