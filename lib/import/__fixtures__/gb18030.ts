// Test text as GB18030 bytes (the NBS portal's CSV encoding). Node can decode GB18030 but not encode it,
// so the table is the inverse of the platform's own decoder over the two-byte range: no hand-made table.
let table: Map<string, number[]> | null = null;

function twoByteTable(): Map<string, number[]> {
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const found = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!found.has(ch)) found.set(ch, [lead, trail]);
      } catch {
        // not a character
      }
    }
  }
  return found;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= twoByteTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 form for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}
