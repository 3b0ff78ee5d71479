// Bytes to text for an import: UTF-8 only (with or without BOM); anything else is refused with a reason
// instead of being read as mojibake.

export type DecodeProblem = "utf16" | "not-utf8" | "empty";

export type Decoded = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

export function decodeImportBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  // Excel's "Unicode text" export is UTF-16: say so rather than reporting every byte as broken.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, problem: "utf16" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "not-utf8" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, problem: "empty" };
  return { ok: true, text };
}
