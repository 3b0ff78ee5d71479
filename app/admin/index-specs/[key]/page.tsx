import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { IndexSpecForm, type IndicatorOption } from "@/components/admin/index-spec-form";
import { editorState } from "@/lib/auth/editor";
import { aggregations, imputations, normalisations, outlierTreatments, weightings } from "@/lib/index/spec";
import { getMessages } from "@/lib/i18n";
import { fillTemplate as fill } from "@/lib/i18n/fill";
import { localizedPath } from "@/lib/i18n/locales";
import { localName } from "@/lib/i18n/names";
import { requestMessages } from "@/lib/i18n/request";
import { getIndexSpec } from "@/lib/queries/index-specs";
import { listProvinceIndicators } from "@/lib/queries/region-values";
import { indexSpecParamsSchema } from "@/lib/validation/api";
import { draftFromSpec } from "@/lib/validation/index-spec-form";
import { specTitle } from "@/lib/index/stored-text";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.indexSpecs.editorTitleNew, robots: { index: false } };
}

type Params = Promise<{ key: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /admin/index-specs/{key}: edit a saved spec, or (a built-in one, or ?copy=1) start a new one from it. */
export default async function IndexSpecEditorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, m } = await requestMessages();
  const t = m.indexSpecs;
  const parsed = indexSpecParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { key } = parsed.data;
  const state = await editorState();
  if (state === "signed-out") redirect(localizedPath(locale, `/admin/login?next=${encodeURIComponent(`/admin/index-specs/${key}`)}`));
  if (state === "disabled") return <p className="panel note" data-testid="writes-disabled">{m.editor.disabled}</p>;
  const stored = await getIndexSpec(key);
  if (!stored) notFound();
  const mode = stored.builtin || (await searchParams).copy === "1" ? "copy" : "edit";
  // A copy's English title is marked as a copy in English, whatever the page's language.
  const draft = draftFromSpec(stored.spec, mode, (title) => fill(t.copyTitle, { title }), (title) => fill(getMessages("en").indexSpecs.copyTitle, { title }));
  const inStore = await listProvinceIndicators();
  const indicators: IndicatorOption[] = inStore.map((i) => ({ key: i.code, label: localName(locale, i) }));
  return (
    <>
      <div className="page-head">
        <h1>{mode === "edit" ? fill(t.editorTitleEdit, { key }) : t.editorTitleNew}</h1>
        <p>{fill(t.editorIntro, { base: specTitle(locale, stored.spec) })}</p>
        <p><Link locale={locale} href="/admin/index-specs">{t.backToList}</Link></p>
      </div>
      <IndexSpecForm
        locale={locale}
        initial={{ draft, fieldErrors: {}, refused: null, revision: 0 }}
        t={t}
        indicators={indicators}
        methods={{ normalisation: normalisations, imputation: imputations, outliers: outlierTreatments, aggregation: aggregations, weighting: weightings }}
      />
    </>
  );
}
