import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { IndexSpecImportForm } from "@/components/admin/index-spec-import-form";
import { IndexSpecList } from "@/components/admin/index-spec-list";
import { LocaleField } from "@/components/admin/locale-field";
import { logoutAction } from "@/lib/actions/editor";
import { editorState } from "@/lib/auth/editor";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import { localizedPath } from "@/lib/i18n/locales";
import { requestMessages } from "@/lib/i18n/request";
import { listIndexSpecs } from "@/lib/queries/index-specs";
import { searchParamsRecord } from "@/lib/validation/form-values";
import { readSpecListNotice } from "@/lib/validation/index-spec-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.indexSpecs.title, robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function IndexSpecsPage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const t = m.indexSpecs;
  const state = await editorState();
  if (state === "signed-out") redirect(localizedPath(locale, "/admin/login?next=/admin/index-specs"));
  const notice = readSpecListNotice(searchParamsRecord(await searchParams));
  return (
    <>
      <div className="page-head">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p><Link locale={locale} href="/admin/import">{t.importLink}</Link></p>
      </div>
      {state === "disabled" ? (
        <p className="panel note" data-testid="writes-disabled">{m.editor.disabled}</p>
      ) : (
        <>
          {notice && <p className="notice" role="status" data-testid="spec-notice">{fill(t.notices[notice.kind], { key: notice.key })}</p>}
          <IndexSpecList locale={locale} specs={await listIndexSpecs()} t={t} />
          <section className="section">
            <IndexSpecImportForm locale={locale} t={t} />
          </section>
          <form action={logoutAction} className="section">
            <LocaleField locale={locale} />
            <p className="note">{m.editor.signedIn} <button className="button button--quiet" type="submit">{m.editor.signOut}</button></p>
          </form>
        </>
      )}
    </>
  );
}
