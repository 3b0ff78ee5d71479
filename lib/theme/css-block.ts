// The tokens block of a stylesheet: found by its markers, so scripts/write-theme-css.ts can replace it and
// tokens.test.ts can compare it.
const begin = "/* tokens:begin";
const end = "/* tokens:end */";

export function tokenBlock(css: string): string | null {
  const from = css.indexOf(begin);
  const to = css.indexOf(end);
  return from === -1 || to === -1 ? null : css.slice(from, to + end.length);
}

export function replaceTokenBlock(css: string, block: string): string {
  const current = tokenBlock(css);
  if (current === null) throw new Error("no tokens:begin … tokens:end block in the stylesheet");
  return css.replace(current, () => block);
}
