// The rule of seed/provenance.test.ts, seed/frameworks.test.ts, seed/index-specs.test.ts and
// shared/tools/seed-copy-check.py: no run of 16 CJK characters we wrote may also stand in a document.

export const copiedRunLength = 16;

/** The CJK characters of a text, in order (NFKC first, so full- and half-width forms compare alike). */
export const cjkOnly = (text: string): string => [...text.normalize("NFKC")].filter((ch) => /[\u3400-\u4dbf\u4e00-\u9fff]/.test(ch)).join("");

/** The first run of `copiedRunLength` CJK characters of `ours` found in any of `theirs` (already cjkOnly), or null. */
export function firstCopiedRun(ours: string, theirs: readonly string[]): string | null {
  const mine = cjkOnly(ours);
  for (let i = 0; i + copiedRunLength <= mine.length; i++) {
    const run = mine.slice(i, i + copiedRunLength);
    if (theirs.some((t) => t.includes(run))) return run;
  }
  return null;
}
