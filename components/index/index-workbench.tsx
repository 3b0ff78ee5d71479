"use client";
// The slot of /index's workbench (workbench.tsx: the what-if panel and the Monte Carlo runner). Its code (the
// index pipeline and zod, about 45 KB gzip) loads after the page's load event, so the page's first load stays
// within the JavaScript budget (bench/js-size); until then the slot says it is loading. Without JavaScript it
// says the workbench needs it; the server-rendered parts of the page stand on their own. Its text comes from
// the page, in the page's language, as a prop: no message catalogue is part of either chunk.
import { lazy, Suspense, useSyncExternalStore } from "react";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";

type Props = { locale: Locale; t: IndexWorkbenchMessages; spec: IndexSpec; inputs: IndexInputs };

const Workbench = lazy(() => import("./workbench").then((m) => ({ default: m.Workbench })));

const subscribeToNothing = () => () => {};

/** The window's load event, as an external store: true once it has fired (false on the server). */
function subscribeToLoad(onChange: () => void) {
  window.addEventListener("load", onChange);
  return () => window.removeEventListener("load", onChange);
}
const isLoaded = () => document.readyState === "complete";

export function IndexWorkbench({ locale, t, spec, inputs }: Props) {
  const hasScript = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const loaded = useSyncExternalStore(subscribeToLoad, isLoaded, () => false);
  if (!hasScript) return <p className="notice" data-testid="index-workbench-needs-script">{t.needsScript}</p>;
  const loading = <p className="notice" role="status" data-testid="index-workbench-loading">{t.loading}</p>;
  if (!loaded) return loading;
  // Another spec or year starts from its own settings, not the last one's edits.
  return (
    <Suspense fallback={loading}>
      <Workbench key={`${spec.key}@${spec.version}/${inputs.year}`} locale={locale} t={t} spec={spec} inputs={inputs} />
    </Suspense>
  );
}
