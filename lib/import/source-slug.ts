// How the importer names the sources it creates, shared with the export so an exported figure names its
// source in a way a fresh store rebuilds it from: by its title when the slug is derived from that title.
import type { NewSource } from "./plan";

/** Where imported figures go when a row names no source. */
export const defaultImportSource: NewSource = { slug: "analyst-import", titleZh: "分析员导入(未注明出处)" };

/** A stable slug for a source first named by its title in an import. */
export function sourceSlugFor(title: string): string {
  let hash = 0x811c9dc5;
  for (const ch of title) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `import-${hash.toString(16).padStart(8, "0")}`;
}

/**
 * The source cell an export writes: the title of a source the importer created from that title (a fresh
 * store then recreates the same slug and title), else the slug.
 */
export function sourceCellFor(source: { slug: string; titleZh: string; kind: string }): string {
  return source.kind === "import" && source.slug === sourceSlugFor(source.titleZh) ? source.titleZh : source.slug;
}
