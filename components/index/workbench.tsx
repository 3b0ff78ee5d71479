"use client";
// The interactive part of /index: the what-if panel (weights and methods changed, ranks recomputed on the
// main thread at every change) and the Monte Carlo runner (in a Web Worker) on the spec as edited there.
// Loaded by index-workbench.tsx after the page's load event, so its code is not part of the first load.
import { useMemo, useState } from "react";
import { computeIndex, type IndexResult } from "@/lib/index/compute";
import type { IndexInputs } from "@/lib/index/inputs";
import type { IndexSpec } from "@/lib/index/spec";
import type { Locale } from "@/lib/i18n/locales";
import type { IndexWorkbenchMessages } from "@/lib/i18n/zh-CN-index-workbench";
import { applyWhatIf, draftFromSpec, type WhatIfDraft, type WhatIfOutcome } from "@/lib/index/what-if";
import { UncertaintyPanel } from "./uncertainty-panel";
import { WhatIfPanel } from "./what-if-panel";
import styles from "./index-workbench.module.css";

type Props = { locale: Locale; t: IndexWorkbenchMessages; spec: IndexSpec; inputs: IndexInputs };

/** The last settings that made a valid spec, with their index and how long it took to compute. */
export type AppliedWhatIf = { spec: IndexSpec; changed: boolean; result: IndexResult; elapsedMs: number };

function timedCompute(spec: IndexSpec, inputs: IndexInputs): { result: IndexResult; elapsedMs: number } {
  const started = performance.now();
  const result = computeIndex(spec, inputs.data);
  return { result, elapsedMs: performance.now() - started };
}

export function Workbench({ locale, t, spec, inputs }: Props) {
  const baseResult = useMemo(() => computeIndex(spec, inputs.data), [spec, inputs]);
  const [draft, setDraft] = useState<WhatIfDraft>(() => draftFromSpec(spec));
  const [outcome, setOutcome] = useState<WhatIfOutcome>(() => applyWhatIf(spec, draftFromSpec(spec)));
  const [applied, setApplied] = useState<AppliedWhatIf>(() => ({ spec, changed: false, result: baseResult, elapsedMs: 0 }));

  const change = (next: WhatIfDraft) => {
    setDraft(next);
    const nextOutcome = applyWhatIf(spec, next);
    setOutcome(nextOutcome);
    if (nextOutcome.status === "ready") setApplied({ spec: nextOutcome.spec, changed: nextOutcome.changed, ...timedCompute(nextOutcome.spec, inputs) });
  };

  return (
    <div className={styles.workbench} data-testid="index-workbench">
      <WhatIfPanel
        locale={locale}
        t={t}
        spec={spec}
        inputs={inputs}
        draft={draft}
        outcome={outcome}
        applied={applied}
        baseResult={baseResult}
        onChange={change}
        onReset={() => change(draftFromSpec(spec))}
      />
      <UncertaintyPanel locale={locale} t={t} spec={applied.spec} isWhatIf={applied.changed} blocked={outcome.status === "invalid"} inputs={inputs} />
    </div>
  );
}
