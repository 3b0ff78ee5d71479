// Bytes to text for an import: UTF-8 (with or without BOM), else GB18030 (which covers GBK, the NBS
// portal's CSV encoding); anything else is refused with a reason instead of being read as mojibake.

export type DecodeProblem = "utf16" | "unknown-encoding" | "empty";

/** Which encoding a file was read in, shown in the preview. */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "gb18030";

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: DecodeProblem };

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    // Node ships full ICU, so the WHATWG gb18030 decoder (a superset of GBK) needs no table of our own.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeImportBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  // Excel's "Unicode text" export is UTF-16: say so rather than reporting every byte as broken.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, problem: "utf16" };
  let text = decodeStrict("utf-8", bytes);
  let encoding: TextEncodingName = "utf-8";
  if (text !== null && text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    encoding = "utf-8-bom";
  }
  if (text === null) {
    text = decodeStrict("gb18030", bytes);
    encoding = "gb18030";
  }
  if (text === null) return { ok: false, problem: "unknown-encoding" };
  if (text.trim() === "") return { ok: false, problem: "empty" };
  return { ok: true, text, encoding };
}
