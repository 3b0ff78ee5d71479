import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ImportForm } from "@/components/admin/import-form";
import { LocaleField } from "@/components/admin/locale-field";
import { editorState } from "@/lib/auth/editor";
import { logoutAction } from "@/lib/actions/editor";
import { unitCodes, unitLabel } from "@/lib/domain/units";
import { localizedPath } from "@/lib/i18n/locales";
import { requestMessages } from "@/lib/i18n/request";
import { maxImportBytes } from "@/lib/validation/import";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.importer.title, robots: { index: false } };
}

export default async function ImportPage() {
  const { locale, m } = await requestMessages();
  const t = m.importer;
  const state = await editorState();
  if (state === "signed-out") redirect(localizedPath(locale, "/admin/login?next=/admin/import"));
  return (
    <>
      <div className="page-head">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p><a href="/samples/import-sample.csv" download>{t.sample}</a></p>
        <p><Link locale={locale} href="/admin/index-specs">{m.indexSpecs.editLink}</Link></p>
      </div>
      {state === "disabled" ? (
        <p className="panel note" data-testid="writes-disabled">{m.editor.disabled}</p>
      ) : (
        <>
          <ImportForm
            locale={locale}
            maxBytes={maxImportBytes}
            t={{
              file: t.file, fileHint: t.fileHint, sheet: t.sheet, sheetHint: t.sheetHint, preview: t.preview, reapply: t.reapply,
              confirm: t.confirm, previewTitle: t.previewTitle, counts: t.counts, done: t.done, errorsTitle: t.errorsTitle, shown: t.shown,
              refused: m.editor.refused, statuses: t.statuses, columns: t.columns, figureColumns: t.columnsFigure,
              detectionTitle: t.detectionTitle, detection: t.detection, formats: t.formats, encodings: t.encodings, layouts: t.layouts,
              regionSources: t.regionSources, defaultSource: t.defaultSource, indicatorsTitle: t.indicatorsTitle,
              indicatorColumns: t.indicatorColumns, indicatorStatuses: t.indicatorStatuses, newIndicatorOption: t.newIndicatorOption,
              autoOption: t.autoOption, quoted: t.cli.quoted,
              unitLabels: Object.fromEntries(unitCodes.map((code) => [code, unitLabel(code, locale) || code])),
            }}
          />
          <form action={logoutAction} className="section">
            <LocaleField locale={locale} />
            <p className="note">{m.editor.signedIn} <button className="button button--quiet" type="submit">{m.editor.signOut}</button></p>
          </form>
        </>
      )}
    </>
  );
}
