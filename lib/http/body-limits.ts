// How many bytes a request body may have, by where it goes: the importer's 20 MB file with the form around
// it (and, for the page, the state the form sends back), and 2 MB for everything else, which holds the
// largest batch check (a 1 MB file and 200,000 characters of text). server.ts refuses anything larger with
// a 413 before reading it; next.config.ts gives server actions the same ceiling.
// Plain numbers, no imports: next.config.ts loads this file without the "@/" alias.

/** lib/validation/import.ts's maxImportBytes (20 MB) and 4 MB for the multipart form and the page's state. */
export const importBodyLimit = 24_000_000;

/** lib/validation/batch.ts's 1 MB file plus 200,000 characters (up to 9 bytes each, percent-encoded). */
export const formBodyLimit = 2_000_000;

const importPaths = /^\/(api\/v1\/import|admin\/import)\/?$/;

export function bodyLimit(pathname: string): number {
  return importPaths.test(pathname) ? importBodyLimit : formBodyLimit;
}
