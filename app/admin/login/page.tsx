import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { editorState } from "@/lib/auth/editor";
import { isSameOriginPath, safeNextPath } from "@/lib/auth/next-path";
import { getMessages } from "@/lib/i18n";

export const metadata: Metadata = { title: getMessages().editor.loginTitle, robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const t = getMessages().editor;
  const state = await editorState();
  const given = (await searchParams).next;
  // Only a path on this site is carried into the form (and followed); anything else means the import page.
  const next = typeof given === "string" && isSameOriginPath(given) ? given : undefined;
  if (state === "signed-in") redirect(safeNextPath(next));
  return (
    <>
      <div className="page-head">
        <h1>{t.loginTitle}</h1>
        <p>{t.loginIntro}</p>
      </div>
      {state === "disabled" ? (
        <p className="panel note" data-testid="writes-disabled">{t.disabled}</p>
      ) : (
        <LoginForm t={{ password: t.password, signIn: t.signIn, errors: t.errors }} next={next} />
      )}
    </>
  );
}
