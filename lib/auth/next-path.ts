// Where a login may send the browser afterwards: only a path on this site. One leading slash and not two
// (`//host` is another site), no backslash (browsers read `/\host` as `//host`), no control characters
// (browsers drop tabs and newlines, so `/\t/host` becomes `//host`), hence no scheme; the same once
// percent-decoded, and the result must resolve to this origin. Anything else goes to the import page.
export const fallbackNextPath = "/admin/import";

const maxNextPathLength = 2048;

export function isSameOriginPath(path: string): boolean {
  if (path.length > maxNextPathLength) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return isPlainPath(path) && isPlainPath(decoded) && resolvesHere(path);
}

export function safeNextPath(path: unknown): string {
  return typeof path === "string" && isSameOriginPath(path) ? path : fallbackNextPath;
}

function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && ![...path].some(isControlCharacter);
}

function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0)!;
  return code < 0x20 || code === 0x7f;
}

function resolvesHere(path: string): boolean {
  const base = new URL("http://kechan.invalid/admin/login");
  return new URL(path, base).origin === base.origin;
}
